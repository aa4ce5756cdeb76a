"""`hogo link LEFT.csv RIGHT.csv --out LINKS.csv [--threshold P] [--backend duckdb|spark]`

Plain argparse and no Django: the job needs no database, no settings, no server.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hogo.linkage.engine import LinkSetupError, link_files
from hogo.linkage.records import RecordFileError


def probability(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text} is not between 0 and 1")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("left", type=Path, help="person-record file (claims)")
    parser.add_argument("right", type=Path, help="person-record file (registry)")
    parser.add_argument("--out", type=Path, required=True, help="links file to write")
    parser.add_argument("--threshold", type=probability, default=0.5, help="default 0.5")
    parser.add_argument("--backend", choices=["duckdb", "spark"], default="duckdb")


def run(args: argparse.Namespace) -> str:
    """Link the files; the summary line, or RecordFileError for a file that cannot be read
    (LinkSetupError for a job configured wrongly)."""
    result = link_files(
        args.left, args.right, args.out, threshold=args.threshold, backend=args.backend
    )
    return (
        f"{result.pairs} pairs at or above {args.threshold} written to {args.out} "
        f"({result.left_rows} left rows, {result.right_rows} right rows, "
        f"{result.rejected} rows rejected)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="hogo link", description=__doc__.splitlines()[0])
    add_arguments(parser)
    args = parser.parse_args(argv)
    try:
        print(run(args))
    except (RecordFileError, LinkSetupError) as error:
        print(f"hogo link: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
