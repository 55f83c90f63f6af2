"""Run the POS label matching benchmark (see tastevin/matching/bench.py).

python benchmarks/matching.py [--library ../shared/bench/library.jsonl
    --cases ../shared/bench/cases.jsonl --grow-to 5000]
"""

from tastevin.matching.bench import main

if __name__ == "__main__":
    main()
