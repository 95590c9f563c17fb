"""Check that every gold item's verbatim quote is printed on its line (run: python3 check_quotes.py)."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    bad = 0
    for gold in sorted((HERE / "gold").glob("*.json")):
        data = json.loads(gold.read_text(encoding="utf-8"))
        lines = (HERE / data["document"]).read_text(encoding="utf-8").split("\n")
        for category, spec in data["categories"].items():
            for item in spec["items"]:
                line, quote = item.get("line"), item.get("quote")
                if not line or not quote or quote not in lines[line - 1]:
                    bad += 1
                    print(f"{gold.name} {category}: quote {quote!r} not on line {line}")
    print("all quotes on their lines" if not bad else f"{bad} bad quotes")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
