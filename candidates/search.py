"""The free-text search: words match as words, accents fold, and both databases agree.

A candidate's searchable text is stored as `Candidate.search_text`, already cut into words by `words()`:
lower-case, accents folded, one word per run of letters and digits, one per Chinese, Japanese or Korean
character (those scripts print no spaces between words). A query goes through the same function, so
PostgreSQL's `simple` parser and SQLite's FTS5 `unicode61` tokenizer, given words separated by spaces,
see the same words on both sides.
"""

import json
import re
import unicodedata
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import F, Field, ForeignKey, Lookup, Q, QuerySet, TextField
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .parsing import institutions

CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
# one CJK character, or a run of letters and digits with a programming language's "++" or "#"
WORD = re.compile(rf"[{CJK}]|(?:(?![{CJK}])[^\W_])+(?:\+\+|#(?!\w))?")
# letters that do not decompose into a base letter and an accent
FOLDS = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ı": "i", "ß": "ss",
                       "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "ð": "d"})


def fold(text: str) -> str:
    """Lower-case, without accents: 'Wiśniewski' and 'WISNIEWSKI' both give 'wisniewski'."""
    decomposed = unicodedata.normalize("NFKD", text.translate(FOLDS))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def word(token: str) -> str:
    """A token as stored: 'c++' is 'cpp' and 'c#' is 'csharp', so that the databases' tokenizers keep them."""
    return token.replace("++", "pp").replace("#", "sharp")


def words(text: str) -> list[str]:
    return [word(m.group()) for m in WORD.finditer(fold(text))]


def document(*parts: str) -> str:
    """What `Candidate.search_text` holds for these parts (a name, skills, titles, a resume's text)."""
    return " ".join(words(" ".join(p for p in parts if p)))


def _known(printed: str) -> "institutions.Institution | None":
    return institutions.lookup(printed) if printed else None


def institution_names(printed: str) -> list[str]:
    """Every name of the institution as the vocabulary knows it (ZJU, 浙江大学, Zhejiang University), or none."""
    known = _known(printed)
    return list(known.names) if known else []


def institution_key(printed: str) -> str:
    """`Education.institution_key`: the institution's words with a space on each side, so that a filter on words
    is a substring match. Where the vocabulary knows it: KNOWN, its canonical name, then as printed and every other
    name it goes by, "* zhejiang university | zju | 浙 江 大 学 | ... "."""
    known = _known(printed)
    names = [known.name, printed, *known.names] if known else [printed]
    found = list(dict.fromkeys(" ".join(words(name)) for name in names))
    found = [f for f in found if f]
    if not found:
        return ""
    return (f"{KNOWN} " if known else " ") + " | ".join(found)[:MAX_KEY] + " "


KNOWN, MAX_KEY = "*", 990


def institution_filter(name: str) -> Q | None:
    """The degrees from the institution a recruiter typed: a known one by any of its names (ZJU, 浙江大学), and
    the degrees whose printed institution the vocabulary does not know but which hold its name ("Zhejiang
    University of Technology" is another school, not a degree from ZJU); otherwise any holding these words."""
    key = institution_key(name)
    if not key:
        return None
    if key.startswith(KNOWN):
        canonical = key[1:].split(" | ")[0].rstrip() + " "
        unknown_holding_it = Q(institution_key__contains=canonical) & ~Q(institution_key__startswith=KNOWN)
        return Q(institution_key__startswith=f"{KNOWN}{canonical}|") | Q(
            institution_key=f"{KNOWN}{canonical}") | unknown_holding_it
    return Q(institution_key__contains=key)


# ---- queries: "quoted phrases", -excluded words, prefix*


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]  # a phrase when there are several
    prefix: bool = False  # the last word may go on: `pyt*` finds pytorch
    excluded: bool = False  # `-java`


def parse(query: str) -> list[Term]:
    """The terms of a free-text query, each of which must match (or, excluded, must not) somewhere."""
    terms = []
    for match in QUERY_TERM.finditer(query):
        excluded, phrase, bare = match.group(1) == "-", match.group(2), match.group(3)
        text = phrase if phrase is not None else bare
        found = tuple(words(text))
        if found:
            terms.append(Term(found, prefix=text.rstrip().endswith("*"), excluded=excluded))
    return terms if any(not t.excluded for t in terms) else []


QUERY_TERM = re.compile(r'(-?)(?:"([^"]*)"?|(\S+))')


def tsquery(terms: list[Term]) -> str:
    """PostgreSQL's to_tsquery syntax; safe, as words hold only letters and digits."""
    def phrase(term: Term) -> str:
        text = " <-> ".join(term.words) + (":*" if term.prefix else "")
        return f"!({text})" if term.excluded else f"({text})"
    return " & ".join(phrase(t) for t in terms)


def fts5_query(terms: list[Term]) -> str:
    """SQLite FTS5's query syntax: each term a quoted phrase; exclusions come last, after NOT."""
    def phrase(term: Term) -> str:
        return '"' + " ".join(term.words) + '"' + ("*" if term.prefix else "")
    wanted = " AND ".join(phrase(t) for t in terms if not t.excluded)
    return " NOT ".join([f"({wanted})", *(phrase(t) for t in terms if t.excluded)])


def matching(queryset: QuerySet, terms: list[Term]) -> QuerySet:
    """The candidates whose words match every term."""
    if connection.vendor == "postgresql":
        return queryset.filter(search_vector=_tsquery(terms))
    return queryset.filter(search_entry__search_text__match=fts5_query(terms))


def ranked(queryset: QuerySet, terms: list[Term]) -> "QuerySet | Ranked":
    """`matching()`'s candidates, best match first: SQLite's BM25 (computed from its index); on PostgreSQL
    ts_rank normalised by length, so that a long resume does not win by length alone.

    ts_rank reads each match's whole vector, stored out of line (TOAST); for a word most resumes hold that is most
    of the table, seconds at 100,000 candidates. So on PostgreSQL only the newest RANK_WINDOW matches are ranked,
    best first, and any older ones follow, newest first: a word that common says little about who fits best.
    """
    if connection.vendor != "postgresql":
        return queryset.annotate(relevance=-F("search_entry__rank")).order_by("-relevance", "-pk")
    rank = SearchRank(F("search_vector"), _tsquery(terms), normalization=1)
    expected = expected_rows(queryset)
    newest = newest_ids(queryset, RANK_WINDOW + 1, expected, recheck=any(len(t.words) > 1 for t in terms))
    best_first = list(queryset.model.objects.filter(**among("pk", newest[:RANK_WINDOW])).annotate(
        relevance=rank).order_by("-relevance", "-pk").values_list("pk", flat=True))
    # one more than it ranks tells whether there are more
    return Ranked(queryset.order_by("-pk"), best_first, complete=len(newest) <= RANK_WINDOW, expected=expected)


RANK_WINDOW = 1_000


def newest_ids(queryset: QuerySet, n: int, expected: int, recheck: bool) -> list[int]:
    """The ids of a full-text search's newest n matches, the cheaper of two ways.

    PostgreSQL's planner walks the primary key from the newest row and checks each row's vector, which it reads
    out of line (TOAST), until it has n: quick when most rows match, but it does not count the reading, and where a
    fifth of 100,000 rows match it reads 5,000 vectors (70 ms). Taking every match from the index and sorting their
    ids reads none, except to check a phrase's word order (`recheck`). The choice comes from the planner's own
    estimate of the matches (`expected`) and of the table's rows."""
    rows = max(expected, table_rows(queryset.model))
    walk = n * rows / max(expected, 1) * TOAST_READ
    from_index = expected * (1 + (TOAST_READ if recheck else 0))
    order = F("pk").desc() if walk <= from_index else (F("pk") + 0).desc()  # pk + 0: not by walking the index
    return list(queryset.order_by(order).values_list("pk", flat=True)[:n])


TOAST_READ = 5  # reading a row's vector out of line costs about five visits of a row found by the index


def table_rows(model) -> int:
    """The planner's estimate of the rows of a model's table (kept by ANALYZE and autovacuum): no scan."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples FROM pg_class WHERE oid = %s::regclass", [model._meta.db_table])
        row = cursor.fetchone()
    return max(0, int(row[0])) if row else 0


def expected_rows(queryset: QuerySet) -> int:
    """How many rows PostgreSQL's planner expects the query to give: its statistics, no scan."""
    plan = json.loads(queryset.order_by().values("pk").explain(format="json"))
    return int(plan[0]["Plan"]["Plan Rows"])


def unranked(results: "QuerySet | Ranked") -> QuerySet:
    """The matches as a QuerySet, in the order of the search where it is one, else newest first."""
    return results.queryset if isinstance(results, Ranked) else results


class Ranked:
    """A search in relevance order whose newest matches were ranked apart (`best_first`, ids; all of them when
    `complete`) and whose other matches follow newest first; sliced like a QuerySet (by the paginator, by the
    candidate page's neighbours)."""

    def __init__(self, queryset: QuerySet, best_first: list[int], complete: bool, expected: int | None = None):
        self.queryset, self.best_first, self.complete = queryset, best_first, complete
        self.expected = expected  # the planner's estimate of the matches, where it was asked
        self.rest = queryset.none() if complete or not best_first else queryset.filter(pk__lt=min(best_first))

    def ids(self, start: int, stop: int) -> list[int]:
        ranked = len(self.best_first)
        ids = self.best_first[start:stop]
        if stop > ranked:
            ids += list(self.rest.values_list("pk", flat=True)[max(0, start - ranked):stop - ranked])
        return ids

    def __getitem__(self, k: slice) -> list:
        ids = self.ids(k.start or 0, k.stop)
        found = {c.pk: c for c in self.queryset.filter(pk__in=ids)}
        return [found[pk] for pk in ids if pk in found]


def _tsquery(terms: list[Term]) -> SearchQuery:
    return SearchQuery(tsquery(terms), search_type="raw", config="simple")


class Match(Lookup):
    """`search_entry__search_text__match=...`: an FTS5 MATCH, on SQLite's search index only."""

    lookup_name = "match"

    def as_sql(self, compiler, connection) -> tuple[str, list]:
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} MATCH {rhs}", [*lhs_params, *rhs_params]


def among(field: str, ids: list[int]) -> dict:
    """`field__in=ids` as a lookup with one parameter rather than thousands, which Django, psycopg and SQLite would
    otherwise prepare one by one for every chunk: `= ANY(array)` on PostgreSQL, a JSON array's rows on SQLite."""
    return {f"{field}__any_of": IdArray(ids)}


class IdArray:
    """Ids as one parameter, in a value Django does not iterate (a plain string it would walk character by
    character when the field is a foreign key: 30,000 checks for a chunk of 5,000 ids)."""

    def __init__(self, ids: list[int]):
        self.ids = [int(pk) for pk in ids]


class AnyOf(Lookup):
    """`field__any_of=IdArray(ids)`: on PostgreSQL `= ANY(array)`, on SQLite `IN` the rows of a JSON array."""

    lookup_name = "any_of"
    prepare_rhs = False

    def as_sql(self, compiler, connection) -> tuple[str, list]:
        lhs, lhs_params = self.process_lhs(compiler, connection)
        if connection.vendor == "postgresql":
            return f"{lhs} = ANY(%s::bigint[])", [*lhs_params, "{" + ",".join(map(str, self.rhs.ids)) + "}"]
        return f"{lhs} IN (SELECT value FROM json_each(%s))", [*lhs_params, json.dumps(self.rhs.ids)]


Field.register_lookup(AnyOf)
ForeignKey.register_lookup(AnyOf)


class IndexedText(TextField):
    """A column of SQLite's FTS5 index, which answers `__match`."""


IndexedText.register_lookup(Match)


# ---- why a candidate matched: a snippet of their resume with the words marked

SNIPPET_BEFORE, SNIPPET_AFTER = 8, 16


def snippet(text: str, terms: list[Term]) -> str:
    """The passage of `text` where the query's words first occur, escaped, with them in <mark>; '' if none.

    Reads the text word by word from a little before where a word of the query first shows (as letters, in any
    case), and only as far as the passage's end: a page shows 25 of these, of resumes pages long.
    """
    wanted = [t for t in terms if not t.excluded]
    offset = _reading_start(text, wanted)
    tokens: list[tuple[int, int, str]] = []
    first = None
    for m in WORD.finditer(text, offset):
        token = m.group()
        tokens.append((m.start(), m.end(), word(token.lower()) if token.isascii() else " ".join(words(token))))
        if first is None:
            first = next((len(tokens) - len(t.words) for t in wanted if _ends_here(tokens, t)), None)
        elif len(tokens) >= first + SNIPPET_AFTER:
            break
    if first is None:
        return ""
    start, end = max(0, first - SNIPPET_BEFORE), min(len(tokens), first + SNIPPET_AFTER)
    marked = {i for i in range(start, end) for t in wanted
              if any(_ends_here(tokens[:k + 1], t) and k - len(t.words) < i <= k for k in range(i, end))}
    parts, at = ["…" if start or offset else ""], tokens[start][0]
    for i in range(start, end):
        begin, stop, _ = tokens[i]
        parts.append(escape(text[at:begin]))
        parts.append(f"<mark>{escape(text[begin:stop])}</mark>" if i in marked else escape(text[begin:stop]))
        at = stop
    parts.append("…" if end < len(tokens) or WORD.search(text, at) else escape(text[at:at + 40]))
    return mark_safe(" ".join("".join(parts).split()))


def _reading_start(text: str, wanted: list[Term]) -> int:
    """Where to start reading for the snippet: SNIPPET_BEFORE words before the first place where the first word of
    a term shows as letters, in any case; 0 where it may show earlier written otherwise (accented, or c++ for cpp)
    or where it shows early anyway. What shows there may be part of a longer word ("go" in "algorithm"): reading
    goes on from there to the first match as a word."""
    firsts = [t.words[0] for t in wanted]
    if not firsts or not all(w.isascii() and not w.endswith(("pp", "sharp")) for w in firsts):
        return 0
    found = [m.start() for w in firsts if (m := re.search(re.escape(w), text, re.IGNORECASE))]
    at = min(found, default=0)
    if at <= SNIPPET_LOOK_BACK:
        return 0
    before = text[:at]
    if not before.isascii() and any(w in _ascii_folded(before) for w in firsts):
        return 0
    starts = [m.start() for m in WORD.finditer(text, at - SNIPPET_LOOK_BACK, at)][1:]  # the first may be cut
    return starts[-SNIPPET_BEFORE] if len(starts) >= SNIPPET_BEFORE else 0


def _ascii_folded(text: str) -> str:
    """fold() for finding ASCII words, at C speed: what is not ASCII after folding is dropped."""
    return unicodedata.normalize("NFKD", text.translate(FOLDS)).encode("ascii", "ignore").decode().lower()


SNIPPET_LOOK_BACK = 400  # characters: enough for SNIPPET_BEFORE words of any usual length


def _ends_here(tokens: list[tuple[int, int, str]], term: Term) -> bool:
    n = len(term.words)
    return len(tokens) >= n and _matches([t[2] for t in tokens[-n:]], term)


def _matches(said: list[str], term: Term) -> bool:
    *whole, last = term.words
    if said[:-1] != list(whole):
        return False
    return said[-1].startswith(last) if term.prefix else said[-1] == last


# ---- keeping the index: triggers on both databases, checked after every migrate

POSTGRESQL_INDEX = [
    # only when the text changes: a rating's average or a GPA written to 10,000 rows must not rebuild their vectors
    "CREATE OR REPLACE TRIGGER candidates_search_vector BEFORE INSERT OR UPDATE OF search_text ON candidates_candidate "
    "FOR EACH ROW EXECUTE FUNCTION tsvector_update_trigger(search_vector, 'pg_catalog.simple', search_text)",
    "CREATE INDEX IF NOT EXISTS candidates_candidate_search_vector ON candidates_candidate USING gin (search_vector)",
]
SQLITE_TRIGGERS = {
    "candidates_search_insert": "AFTER INSERT ON candidates_candidate BEGIN "
    "INSERT INTO candidates_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "candidates_search_delete": "AFTER DELETE ON candidates_candidate BEGIN "
    "INSERT INTO candidates_search(candidates_search, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    "END",
    "candidates_search_update": "AFTER UPDATE OF search_text ON candidates_candidate BEGIN "
    "INSERT INTO candidates_search(candidates_search, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO candidates_search(rowid, search_text) VALUES (new.id, new.search_text); END",
}


def install_index(schema_editor) -> None:
    """Create the search index and the triggers that keep it current, where missing; idempotent.

    SQLite drops a table's triggers when a migration rebuilds the table, so this runs after every migrate too, and
    rebuilds the index from the column when a trigger was missing.
    """
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        for statement in POSTGRESQL_INDEX:
            schema_editor.execute(statement)
        return
    if vendor != "sqlite":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'candidates_search_%'")
        present = {row[0] for row in cursor.fetchall()}
    if present >= SQLITE_TRIGGERS.keys():
        return
    schema_editor.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS candidates_search USING fts5(search_text, content='candidates_candidate', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 0')")
    for name, body in SQLITE_TRIGGERS.items():
        schema_editor.execute(f"CREATE TRIGGER IF NOT EXISTS {name} {body}")
    schema_editor.execute("INSERT INTO candidates_search(candidates_search) VALUES ('rebuild')")
