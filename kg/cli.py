"""The command line: a thin click layer over the library.

Library code raises KGError; only here does an error become a message on
stderr and an exit code (KGError.exit_code).
"""
from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from .errors import KGError
from .rdf.vocab import DEFAULT_BASE

DEFAULT_SOURCES = "sources"
DEFAULT_OUTPUT = "output"
DEFAULT_GRAPH = "output/graph.ttl"


def reports_errors(func):
    """Turn KGError into 'kg: <message>' and its exit code."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except KGError as error:
            click.echo(f"kg: {error}", err=True)
            sys.exit(error.exit_code)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def main() -> None:
    """Build and explore a knowledge graph of Vietnamese political and foreign-affairs news.

    Exit codes: 0 ok, 1 error, 2 bad source, 3 extraction stage failed,
    4 bad graph file, 5 bad query, 6 validation failed, 7 the endpoint could not
    start or had to stop, 10 the Dask cluster failed the build, 64 bad usage.
    """


@main.command()
@click.argument("sources", default=DEFAULT_SOURCES)
@click.option("-o", "--output", default=DEFAULT_OUTPUT, show_default=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for graph.ttl and graph.html.")
@click.option("--base", default=DEFAULT_BASE, show_default=True, help="Base IRI for entities.")
@click.option("--strict", is_flag=True, help="Exit non-zero if any article could not be read.")
@click.option("--store", "store_url", help="Also push the graph to this Graph Store Protocol endpoint.")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
@click.option("-v", "--verbose", is_flag=True, help="Say what each article gave.")
@click.option("-j", "--jobs", type=int, default=0, help="Worker processes for extraction (default: all cores).")
@click.option("--clean", is_flag=True, help="Ignore the cache of unchanged articles in OUTPUT/.cache.")
@click.option("--scheduler", metavar="tcp://HOST:PORT",
              help="Extract on the workers of this running Dask cluster (needs kg[cluster]).")
@click.option("--timings", is_flag=True, help="Print the wall time of each stage of the build.")
@reports_errors
def build(sources: str, output: Path, base: str, strict: bool, store_url: str | None, quiet: bool, verbose: bool,
          jobs: int, clean: bool, scheduler: str | None, timings: bool) -> None:
    """Read the articles in SOURCES (a folder or an fsspec URL such as s3://bucket/news;
    default: sources/) and write the graph to OUTPUT.

    Unchanged articles are taken from OUTPUT/.cache (the result is byte-identical
    to a clean build); --clean re-reads everything.
    """
    import os

    from .build.builder import build as run_build
    from .sources.remote import is_url

    report = run_build(sources if is_url(sources) else Path(sources), output, base,
                       on_problem=lambda p: click.echo(f"kg: skipped {p}", err=True),
                       progress=None if quiet else _progress, jobs=jobs or os.cpu_count() or 1, incremental=not clean,
                       scheduler=scheduler)
    if verbose:
        for result in report.results:
            click.echo(f"{result.source_path}: {result.facts} facts, {result.entities} entities")
    if not quiet:
        click.echo(f"{report.articles} articles, {report.quads} quads")
        for path in report.outputs:
            click.echo(f"wrote {path}")
    if timings:
        for stage, seconds in report.timings.items():
            click.echo(f"{seconds:8.2f} s  {stage}")
    if store_url:
        from .build import kept_dataset
        from .store.push import push as run_push

        count = run_push(kept_dataset(output).named_graphs(), store_url)
        if not quiet:
            click.echo(f"pushed {count} graphs to {store_url}")
    if report.problems:
        click.echo(f"kg: {report.articles} article(s) read, {len(report.problems)} skipped (each named above)", err=True)
        if strict:
            sys.exit(2)


@main.command()
@click.argument("url")
@click.option("-o", "--output", default=DEFAULT_OUTPUT, show_default=True, type=click.Path(file_okay=False, path_type=Path),
              help="The folder kg build wrote.")
@reports_errors
def push(url: str, output: Path) -> None:
    """Write the graph into a Graph Store Protocol endpoint at URL, one named graph per article."""
    from .build import kept_dataset
    from .store.push import push as run_push

    count = run_push(kept_dataset(output).named_graphs(), url)
    click.echo(f"pushed {count} graphs to {url}")


@main.command()
@click.argument("query", required=False)
@click.option("-g", "--graph", "graph_path", default=DEFAULT_GRAPH, show_default=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--list", "list_saved", is_flag=True, help="List the saved queries.")
@click.option("--saved", help="Run a saved query by name.")
@click.option("--bind", multiple=True, metavar="NAME=VALUE", help="Bind a query parameter (repeatable).")
@reports_errors
def query(query: str | None, graph_path: Path, fmt: str, list_saved: bool, saved: str | None, bind: tuple[str, ...]) -> None:
    """Run a SPARQL QUERY (text or a .rq file) or a saved query against the graph."""
    from .store import query as q

    if list_saved:
        for item in q.saved_queries():
            params = f" [{', '.join(item.parameters)}]" if item.parameters else ""
            click.echo(f"{item.name:28s} {item.title}{params}")
        return
    text = _query_text(query, saved)
    bindings = dict(_split_binding(b) for b in bind)
    click.echo(q.format_result(_answer(graph_path, text, bindings or None), fmt), nl=False)


def _answer(graph_path: Path, text: str, bindings):
    """From the embedded store built beside the graph file, else by parsing the file."""
    from .store import query as q
    from .store.embedded import open_store, query_store

    store = graph_path.parent / "store"
    if store.is_dir() and graph_path.is_file() and store.stat().st_mtime >= graph_path.stat().st_mtime - 1:
        return query_store(open_store(store), text, bindings)
    return q.run_query(q.load_graph(graph_path), text, bindings)


PROGRESS_FROM = 20  # a bar is noise for a handful of articles


def _progress(paths):
    """A rich progress bar on stderr for builds of more than a handful of articles."""
    if len(paths) < PROGRESS_FROM or not sys.stderr.isatty():
        return paths
    from rich.progress import track

    return track(paths, description="Reading articles", transient=True, console=_stderr_console())


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def _query_text(query: str | None, saved: str | None) -> str:
    from .store import query as q
    from .errors import QueryError, UsageError

    if saved:
        for item in q.saved_queries():
            if item.name == saved:
                return item.text
        raise QueryError(f"no saved query named {saved!r} (see kg query --list)")
    if not query:
        raise UsageError("give a QUERY, --saved NAME or --list")
    path = Path(query)
    if query.endswith(".rq") or (len(query) < 255 and path.is_file()):
        try:
            return path.read_text(encoding="utf-8")
        except OSError as exc:
            raise QueryError(f"cannot read query file ({exc.strerror})", path=query) from exc
    return query


def _split_binding(text: str) -> tuple[str, str]:
    from .errors import UsageError

    name, sep, value = text.partition("=")
    if not sep or not name:
        raise UsageError(f"--bind expects NAME=VALUE, got {text!r}")
    return name.strip().lstrip("?"), value


@main.command()
@click.argument("graph_path", default=DEFAULT_GRAPH, type=click.Path(path_type=Path))
@reports_errors
def validate(graph_path: Path) -> None:
    """Check GRAPH (default: output/graph.ttl) against the SHACL shapes."""
    from .errors import ValidationFailed
    from .check.validate import validate_file

    result = validate_file(graph_path)
    click.echo(result.report_text)
    if not result.conforms:
        raise ValidationFailed(f"{result.violations} violation(s)", path=str(graph_path))


@main.command()
@click.option("-g", "--graph", "graph_path", default=DEFAULT_GRAPH, show_default=True, type=click.Path(path_type=Path))
@click.option("--top", default=10, show_default=True, help="How many of the most connected entities to list.")
@reports_errors
def stats(graph_path: Path, top: int) -> None:
    """Counts per class and relation, and the most connected entities."""
    from .store.query import load_graph
    from .store.stats import graph_stats

    click.echo(graph_stats(load_graph(graph_path), top), nl=False)


@main.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-g", "--graph", "graph_path", default=DEFAULT_GRAPH, show_default=True, type=click.Path(path_type=Path))
@click.option("--show", is_flag=True, help="List misses and false positives.")
@click.option("--docs", help="Only these documents (comma-separated ids).")
@reports_errors
def evaluate(gold: Path, graph_path: Path, show: bool, docs: str | None) -> None:
    """Precision, recall and F1 per relation against GOLD facts (JSONL)."""
    from .check.evaluate import format_report, score
    from .store.query import load_graph

    report = score(load_graph(graph_path), gold, set(docs.split(",")) if docs else None)
    click.echo(format_report(report, show), nl=False)


@main.command()
@click.option("-g", "--graph", "graph_path", default=DEFAULT_GRAPH, show_default=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", default="turtle", show_default=True, help="One of the formats listed by --list.")
@click.option("-o", "--output", "out", type=click.Path(path_type=Path),
              help="File to write (default: stdout); a folder for csv.")
@click.option("--list", "list_formats", is_flag=True, help="List the export formats.")
@reports_errors
def export(graph_path: Path, fmt: str, out: Path | None, list_formats: bool) -> None:
    """Write the graph in another format (TriG/N-Quads: one named graph per article)."""
    from .errors import UsageError
    from .store.export import FORMATS, Source, export_graph
    from .build.output import write_atomic
    from .store.query import load_graph

    if list_formats:
        for name, writer in FORMATS.items():
            click.echo(f"{name:10s} {writer.description}")
        return
    from .build import kept_dataset

    files = export_graph(Source(load_graph(graph_path), lambda: kept_dataset(graph_path.parent).named_graphs()), fmt)
    if list(files) == [""]:
        if out:
            write_atomic(out, files[""])
        else:
            click.echo(files[""], nl=False)
        return
    if out is None:
        raise UsageError(f"{fmt} writes several files: give -o FOLDER")
    for name, text in files.items():
        write_atomic(out / name, text)
        click.echo(f"wrote {out / name}")


@main.command()
@click.option("-o", "--output", default=DEFAULT_OUTPUT, show_default=True, type=click.Path(file_okay=False, path_type=Path),
              help="The folder kg build wrote (graph.html and store/).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", default=8000, show_default=True, help="Port to listen on (0: any free port).")
@click.option("--timeout", default=10, show_default=True, help="Query time limit in seconds.")
@click.option("--max-rows", default=10_000, show_default=True, help="Result rows sent at most (the rest is cut, with a marker).")
@click.option("--max-query-bytes", default=64 * 1024, show_default=True,
              help="Longest query accepted (413 beyond; the request body may be 4 times this).")
@click.option("--max-nesting", default=64, show_default=True,
              help="Deepest nesting of brackets and parentheses accepted (400 beyond).")
@click.option("--max-restarts", default=10, show_default=True,
              help="Restarts of a dead query engine allowed within a minute before kg serve stops.")
@click.option("--allow-update", is_flag=True, help="Accept SPARQL Update from clients that send the token.")
@click.option("--token", envvar="KG_UPDATE_TOKEN", help="The bearer token updates need (or KG_UPDATE_TOKEN).")
@reports_errors
def serve(output: Path, host: str, port: int, timeout: int, max_rows: int, max_query_bytes: int, max_nesting: int,
          max_restarts: int, allow_update: bool, token: str | None) -> None:
    """Serve the graph: SPARQL endpoint at /sparql, viewer at /viewer, query page at /.

    Read-only unless --allow-update, and then only for requests carrying
    "Authorization: Bearer TOKEN". A query engine that dies is restarted
    (each restart is logged on stderr); exit 7 if it dies too often.
    """
    from .errors import UsageError
    from .store.limits import QueryLimits
    from .store.serve import serve as run_serve

    if allow_update and not token:
        raise UsageError("--allow-update needs --token (or KG_UPDATE_TOKEN)")

    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"kg: warning: listening on {host}: anyone who can reach it can query the graph", err=True)
    run_serve(output, host, port, timeout, ready=lambda url: click.echo(f"serving {url}/ (SPARQL at {url}/sparql)", err=True),
              max_rows=max_rows, update_token=token if allow_update else "",
              limits=QueryLimits(max_query_bytes=max_query_bytes, max_depth=max_nesting), max_restarts=max_restarts,
              log=lambda message: click.echo(f"kg serve: {message}", err=True))


@main.command()
@click.option("-g", "--graph", "graph_path", default=DEFAULT_GRAPH, show_default=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", "out", default="output/view.html", show_default=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--focus", help="Label of an entity to centre the view on.")
@click.option("--depth", default=1, show_default=True, help="Neighbourhood depth around --focus.")
@click.option("--types", help="Comma-separated classes to keep (Person,Office,…).")
@click.option("--relations", help="Comma-separated relations to keep (holdsOffice,…).")
@click.option("--limit", type=int, help="Keep at most N most connected nodes.")
@reports_errors
def view(graph_path: Path, out: Path, focus, depth, types, relations, limit) -> None:
    """Write an HTML view of part of the graph."""
    from .store.query import load_graph
    from .build.output import write_viewer

    stats = write_viewer(
        load_graph(graph_path), out, title="kg", focus=focus, depth=depth,
        types=set(types.split(",")) if types else None,
        relations=set(relations.split(",")) if relations else None, limit=limit,
    )
    click.echo(f"wrote {out}: {stats.note}")


if __name__ == "__main__":
    main()
