# syntax=docker/dockerfile:1
# Debian's own Python 3.11 in a virtual environment: the image is made from Debian's packages
# and PyPI only (scripts/image_check.sh builds and checks it in CI with buildah).
FROM debian:bookworm-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    LANG=C.UTF-8 \
    VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    ARCHIVE_DATA_DIR=/data \
    HOST=0.0.0.0 \
    PORT=8000

# antiword reads legacy .doc uploads; libpq is used by psycopg for PostgreSQL; tzdata for
# TIME_ZONE (Asia/Shanghai); ca-certificates for an OpenSearch cluster over HTTPS.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
       python3 python3-venv antiword libpq5 tzdata ca-certificates netbase \
    && rm -rf /var/lib/apt/lists/* \
    && python3 -m venv "$VIRTUAL_ENV"

WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt

COPY . .
# A numeric USER lets Kubernetes' runAsNonRoot verify the user without reading /etc/passwd.
RUN groupadd --system --gid 10001 archive \
    && useradd --system --uid 10001 --gid archive --home-dir /app --no-create-home archive \
    && mkdir -p /data \
    && chown archive:archive /data \
    && ARCHIVE_DATA_DIR=/tmp/build-data STATIC_ROOT=/app/staticfiles SECRET_KEY=build-only \
       python manage.py collectstatic --noinput --verbosity 0 \
    && rm -rf /tmp/build-data

ENV STATIC_ROOT=/app/staticfiles
USER 10001:10001
VOLUME ["/data"]
EXPOSE 8000

# migrate + demo data on an empty volume, then serve.
CMD ["sh", "-c", "python manage.py migrate --noinput && python manage.py prepare_archive && exec gunicorn -c gunicorn.conf.py archive.wsgi"]
