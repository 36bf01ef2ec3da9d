"""The rules core stays pure: no web layer, and no text for people (codes and numbers only)."""
import ast
from pathlib import Path

RULES = Path(__file__).resolve().parents[2] / "rules"
WEB_PACKAGES = {"app", "fastapi", "starlette", "jinja2", "babel", "pydantic", "uvicorn"}


def _imports(source: str):
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            yield from (alias.name.partition(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module.partition(".")[0]


def test_rules_core_does_not_import_the_web_layer():
    offenders = sorted(
        f"{path.relative_to(RULES)}: {name}"
        for path in RULES.rglob("*.py")
        for name in _imports(path.read_text(encoding="utf-8"))
        if name in WEB_PACKAGES
    )
    assert offenders == []


def test_rules_core_reads_no_float():
    """Money never passes through float: no float() call and no float literal in the core."""
    offenders = []
    for path in RULES.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "float":
                offenders.append(f"{path.name}:{node.lineno} float()")
            if isinstance(node, ast.Constant) and isinstance(node.value, float):
                offenders.append(f"{path.name}:{node.lineno} {node.value}")
    assert offenders == []
