# syntax=docker/dockerfile:1
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    ARCHIVE_DATA_DIR=/data \
    HOST=0.0.0.0 \
    PORT=8000

# antiword reads legacy .doc uploads; libpq is used by psycopg for PostgreSQL.
RUN apt-get update \
    && apt-get install -y --no-install-recommends antiword libpq5 \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt

COPY . .
RUN groupadd --system archive \
    && useradd --system --gid archive --home-dir /app archive \
    && mkdir -p /data \
    && chown archive:archive /data \
    && ARCHIVE_DATA_DIR=/tmp/build-data SECRET_KEY=build-only python manage.py collectstatic --noinput \
    && cp -r /tmp/build-data/staticfiles /app/staticfiles \
    && rm -rf /tmp/build-data

ENV STATIC_ROOT=/app/staticfiles
USER archive
VOLUME ["/data"]
EXPOSE 8000

# migrate + demo data on an empty volume, then serve.
CMD ["sh", "-c", "python manage.py migrate --noinput && python manage.py prepare_archive && exec gunicorn -c gunicorn.conf.py archive.wsgi"]
