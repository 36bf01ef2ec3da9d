# Houvast: one stateless web process. Build: docker build -t houvast .
# Run:   docker run --rm -p 8000:8000 --read-only --tmpfs /tmp houvast
# Notes in docs/embedding.md ("Running Houvast"); Kubernetes manifests in deploy/.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# A fixed numeric uid, so Kubernetes can check runAsNonRoot.
RUN groupadd --system --gid 10001 houvast \
 && useradd --system --uid 10001 --gid houvast --no-create-home --home-dir /nonexistent \
      --shell /usr/sbin/nologin houvast

# The package installs the app, the rules with their data, the templates and the translations;
# the source tree is removed afterwards (.dockerignore keeps tests, docs and git out of it).
WORKDIR /src
COPY . .
RUN pip install . && rm -rf /src
WORKDIR /

USER 10001:10001
EXPOSE 8000

# python's own urllib: no curl in the image.
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD ["python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2).status == 200 else 1)"]

# granian: HTTP/1 only (TLS and HTTP/2 end at the ingress), no websockets. A client that does
# not finish its request headers within 30 s, or leaves a kept-alive connection idle that long, is
# closed. One process per pod: Kubernetes adds pods (deploy/hpa.yaml). On a machine of its own add
# `--workers <cores>` (README). FORWARDED_ALLOW_IPS: the proxies whose X-Forwarded-For is
# trusted (app/main.py); default 127.0.0.1. No access log (granian's default): it would keep
# visitors' addresses (docs/security.md).
CMD ["granian", "--interface", "asgi", "--host", "0.0.0.0", "--port", "8000", "--http", "1", "--no-ws", "--http1-header-read-timeout", "30000", "--no-access-log", "app.main:app"]
