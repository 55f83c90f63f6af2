# One image for every role of docs/deploy.md (web, worker, ftps, the schema upgrade).
# Not built in CI (no container engine there): a worked example of the production guide.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    TASTEVIN_DATA_DIR=/var/lib/tastevin \
    TASTEVIN_HOST=0.0.0.0 \
    TASTEVIN_PORT=8000

WORKDIR /app
# The locked, hashed dependencies first: this layer is rebuilt only when the lock changes.
COPY requirements.lock ./
RUN pip install --no-cache-dir --require-hashes -r requirements.lock
COPY pyproject.toml README.md alembic.ini ./
COPY tastevin ./tastevin
RUN pybabel compile -d tastevin/web/translations -D messages \
    && pip install --no-cache-dir --no-deps . \
    && useradd --system --home-dir /var/lib/tastevin --create-home tastevin

USER tastevin
EXPOSE 8000 2121 60000-60100
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import urllib.request, os; urllib.request.urlopen(f'http://127.0.0.1:{os.environ.get(\"TASTEVIN_PORT\", \"8000\")}/health', timeout=4)" || exit 1
ENTRYPOINT ["tastevin"]
CMD ["serve"]
