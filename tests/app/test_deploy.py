"""Deployment files: no Docker engine or cluster here, so the files are read and checked.

The Dockerfile: slim base, non-root numeric USER, HEALTHCHECK on /healthz with python's urllib,
the granian command (one process, slow clients closed); .dockerignore keeps what `pip install .` needs. deploy/: a Deployment with
readiness and liveness on /healthz, non-root, read-only root filesystem and resources; a Service
that reaches it; a HorizontalPodAutoscaler that scales it.
"""
from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
# The production server; its settings also serve `make run` (Makefile SERVE_FLAGS).
SERVE_FLAGS = ["--interface", "asgi", "--http", "1", "--no-ws", "--http1-header-read-timeout", "30000", "--no-access-log"]
GRANIAN = ["granian", *SERVE_FLAGS[:2], "--host", "0.0.0.0", "--port", "8000", *SERVE_FLAGS[2:], "app.main:app"]


def instructions() -> list[tuple[str, str]]:
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8").replace("\\\n", " ")
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1] if " " in line else "") for line in lines]


def manifests() -> dict[str, dict]:
    found = {}
    for path in sorted((ROOT / "deploy").glob("*.yaml")):
        for document in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            if document:
                assert {"apiVersion", "kind", "metadata"} <= set(document), path
                found[document["kind"]] = document
    return found


def test_dockerfile():
    steps = instructions()
    kinds = [kind for kind, _ in steps]
    assert steps[0] == ("FROM", "python:3.11-slim")
    assert any(kind == "RUN" and "pip install ." in args for kind, args in steps)
    user = [args for kind, args in steps if kind == "USER"]
    assert len(user) == 1 and re.fullmatch(r"[1-9][0-9]*(:[1-9][0-9]*)?", user[0])  # numeric, not root
    assert kinds.index("USER") > max(i for i, (kind, args) in enumerate(steps) if kind == "RUN")
    health = [args for kind, args in steps if kind == "HEALTHCHECK"]
    assert len(health) == 1 and "/healthz" in health[0] and "urllib.request" in health[0]
    assert "curl" not in health[0] and "wget" not in health[0]
    command = health[0].split("CMD", 1)[1].strip()
    assert json.loads(command)[0] == "python"
    cmd = [args for kind, args in steps if kind == "CMD"]
    assert len(cmd) == 1 and json.loads(cmd[0]) == GRANIAN
    assert ("EXPOSE", "8000") in steps


def test_dockerignore_keeps_what_the_package_needs():
    ignored = {line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines()
               if line.strip() and not line.startswith("#")}
    assert {".git", "tests", ".venv", "test-artifacts"} <= ignored
    for needed in ("pyproject.toml", "README.md", "LICENSE", "app", "rules", "templates", "locales"):
        assert needed not in ignored and not any(needed.startswith(entry + "/") for entry in ignored)
    for line in shlex.split((ROOT / "pyproject.toml").read_text().split("readme =", 1)[1].splitlines()[0]):
        assert line not in ignored


def test_deployment():
    deployment = manifests()["Deployment"]
    spec = deployment["spec"]
    assert spec["replicas"] >= 2
    labels = spec["template"]["metadata"]["labels"]
    assert spec["selector"]["matchLabels"].items() <= labels.items()
    pod = spec["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True and pod["securityContext"]["runAsUser"] != 0
    (container,) = pod["containers"]
    port = container["ports"][0]
    assert port["containerPort"] == 8000
    for probe in ("readinessProbe", "livenessProbe"):
        get = container[probe]["httpGet"]
        assert get["path"] == "/healthz" and get["port"] in (8000, port["name"])
    security = container["securityContext"]
    assert security["readOnlyRootFilesystem"] is True
    assert security["allowPrivilegeEscalation"] is False
    assert security["capabilities"]["drop"] == ["ALL"]
    assert security.get("runAsNonRoot", True) is True
    for kind in ("requests", "limits"):
        assert {"cpu", "memory"} <= set(container["resources"][kind])
    # A read-only root: anything writable is an explicit volume.
    mounts = {mount["name"] for mount in container.get("volumeMounts", [])}
    assert mounts <= {volume["name"] for volume in pod.get("volumes", [])}


def test_service_and_autoscaler_reach_the_deployment():
    found = manifests()
    deployment, service, hpa = found["Deployment"], found["Service"], found["HorizontalPodAutoscaler"]
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert service["spec"]["selector"].items() <= labels.items()
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    port_names = {port["name"]: port["containerPort"] for port in container["ports"]}
    for port in service["spec"]["ports"]:
        assert port["targetPort"] in port_names or port["targetPort"] in port_names.values()
    target = hpa["spec"]["scaleTargetRef"]
    assert (target["kind"], target["name"]) == ("Deployment", deployment["metadata"]["name"])
    assert hpa["apiVersion"] == "autoscaling/v2"
    assert 1 <= hpa["spec"]["minReplicas"] <= hpa["spec"]["maxReplicas"]
    assert hpa["spec"]["metrics"]


def test_no_access_log_where_houvast_is_served():
    """An access log would keep visitors' addresses: make run and the image switch it off."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    assert "--no-access-log" in (root / "Makefile").read_text(encoding="utf-8")
    assert '"--no-access-log"' in (root / "Dockerfile").read_text(encoding="utf-8")


def test_make_run_serves_as_the_image_does():
    flags = re.search(r"^SERVE_FLAGS := (.*)$", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M).group(1)
    assert shlex.split(flags) == SERVE_FLAGS


def test_the_manifest_believes_forwarded_headers_from_the_ingress_range_only():
    """Behind the ingress every visitor arrives from its pods: with 127.0.0.1 they all shared one
    rate-limit count; with "*" each could choose its own address."""
    import ipaddress

    container = manifests()["Deployment"]["spec"]["template"]["spec"]["containers"][0]
    env = {item["name"]: item["value"] for item in container["env"]}
    ranges = [ipaddress.ip_network(part.strip()) for part in env["FORWARDED_ALLOW_IPS"].split(",")]
    assert ranges and all(network.is_private and network.num_addresses > 1 for network in ranges)
    assert not any(network.is_loopback for network in ranges)
    assert env["HOUVAST_RATE_LIMIT"].isdecimal() and int(env["HOUVAST_RATE_LIMIT"]) >= 60
