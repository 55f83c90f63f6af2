"""The matcher's benchmark from the command line."""

from __future__ import annotations

from pathlib import Path

import typer


def bench_matching(
    library: Path = typer.Argument(..., exists=True, dir_okay=False, help="library.jsonl"),
    cases: Path = typer.Argument(..., exists=True, dir_okay=False, help="cases.jsonl"),
    grow_to: int = typer.Option(5000, help="Grow the library to this size for latency."),
    answers: Path | None = typer.Option(
        None, "--answers", dir_okay=False, help="Write one JSON answer a line, in case order."
    ),
) -> None:
    """Top-1, answer-kind and units accuracy, latency, and the fuzzy baseline, in one run."""
    from tastevin.matching.bench import main

    argv = ["--library", str(library), "--cases", str(cases), "--grow-to", str(grow_to)]
    if answers is not None:
        argv += ["--answers", str(answers)]
    main(argv)


def register(app: typer.Typer) -> None:
    app.command("bench-matching")(bench_matching)
