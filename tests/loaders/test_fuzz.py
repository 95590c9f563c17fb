"""Fuzzing: shuffled and truncated documents never crash the extractor, never put
evidence outside the text and never invent a provider or a person "MBE"."""

from __future__ import annotations

import random

import pytest
from councilgraph.loaders.document import SourceText, normalise_ws, read_source
from councilgraph.loaders.extract import NotACommitteePaper, extract_document

from councilgraph import config

DOCUMENTS = sorted(config.BUNDLED_DOCUMENTS.glob("*.txt"))


def _variants(text: str, seed: int) -> list[str]:
    rng = random.Random(seed)
    lines = text.split("\n")
    out = []
    # truncated at a random line
    out.append("\n".join(lines[: rng.randrange(1, len(lines))]))
    # a random window
    a = rng.randrange(0, len(lines) - 1)
    out.append("\n".join(lines[a: a + rng.randrange(50, 800)]))
    # blocks of lines shuffled
    blocks = [lines[i: i + 40] for i in range(0, min(len(lines), 2000), 40)]
    rng.shuffle(blocks)
    out.append("\n".join(line for b in blocks for line in b))
    # truncated mid-line
    cut = rng.randrange(1, min(len(text), 20000))
    out.append(text[:cut])
    return out


def _providers(ex) -> dict[tuple, set[str]]:
    """Provider key -> every name it is known by (label and aliases)."""
    out: dict[tuple, set[str]] = {}
    for c in ex.entities.of("Contract"):
        for ref in c.values("cg:provider"):
            org = ex.entities.get(ref)
            names = {str(v) for v in org.values("rdfs:label") + org.values("skos:altLabel")} if org else set()
            out.setdefault(ref.key, set()).update(names)
    return out


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name[:3])
@pytest.mark.parametrize("seed", range(2))
def test_mangled_documents(path, seed):
    original = read_source(path)
    full = extract_document(original)
    known_providers = set(_providers(full))
    for i, text in enumerate(_variants(original.text, seed)):
        if not text.strip():
            continue
        source = SourceText(f"fuzz-{seed}-{i}", f"fuzz-{seed}-{i}.txt", text)
        try:
            ex = extract_document(source)
        except NotACommitteePaper:
            continue
        flat = normalise_ws(text)
        for entity in ex.entities:
            evidence = list(entity.evidence) + [ev for sts in entity.properties.values() for st in sts for ev in st.evidence]
            for ev in evidence:
                assert ev.end_line <= len(source)
                assert ev.quote in flat
        for p in ex.entities.of("Person"):
            assert "MBE" not in str(p.first("rdfs:label")).split()
        for key, names in _providers(ex).items():
            # a provider is only ever one the text names (by its name or an alias) ...
            assert any(normalise_ws(n).lower() in flat.lower() for n in names), f"provider {names} not in the text"
            # ... and one the intact document also names as a provider
            assert key in known_providers, f"provider {names} invented by a mangled document"


def test_random_text_is_not_a_committee_paper():
    rng = random.Random(7)
    words = ["apple", "river", "stone", "cloud", "seven", "green", "table", "music", "north", "quiet"]
    text = "\n".join(" ".join(rng.choice(words) for _ in range(12)) for _ in range(200))
    with pytest.raises(NotACommitteePaper):
        extract_document(SourceText("random", "random.txt", text))


def test_a_recipe_is_not_a_committee_paper():
    text = "Pancakes\n\nIngredients: 100 g flour, 2 eggs, 300 ml milk.\n\n1. Whisk.\n2. Fry for 1 minute.\n"
    with pytest.raises(NotACommitteePaper):
        extract_document(SourceText("recipe", "recipe.txt", text))
