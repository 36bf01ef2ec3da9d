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

# FORWARDED_ALLOW_IPS (uvicorn) says which proxies --proxy-headers trusts; default 127.0.0.1.
# No access log: it would keep visitors' addresses (docs/security.md).
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000", "--no-server-header", "--no-access-log", "--proxy-headers"]
