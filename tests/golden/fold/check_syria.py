#!/usr/bin/env python3
"""Check the fold of examples/syria-coast-2025-03 against its gold account.

Reads the JSON of `newsfold fold examples/syria-coast-2025-03/*.txt` (a file
argument or standard input) and asserts, on the JSON and not on prose, each
point of gold/account.json the fold must state. Prints one line per point;
exits 1 when any fails.
"""
import json, sys


def rep(rid):
    """'examples/.../004_6ea31ba959daf39c.txt' -> '004'."""
    return rid.rsplit("/", 1)[-1][:3] if rid else None


def main():
    data = json.load(open(sys.argv[1]) if len(sys.argv) > 1 else sys.stdin)
    failed = 0

    def point(name, ok, detail=""):
        nonlocal failed
        print(("ok   " if ok else "FAIL ") + name + ("" if ok else f": {detail}"))
        failed += not ok

    point("schema has a version", bool(data.get("version")))
    stories = data["stories"]
    point("one story", len(stories) == 1, f"{len(stories)} stories")
    s = max(stories, key=lambda x: len(x["reports"]))
    ids = sorted(rep(r["id"]) for r in s["reports"])
    point("the story holds the five reports", ids == ["000", "001", "002", "003", "004"], ids)

    figs = s["figures"]

    def groups(measure, category):
        return [f for f in figs if f["measure"] == measure and f["category"] == category]

    def values(f):
        """value text -> set of report ids (title mentions count too)."""
        out = {}
        for v in f["values"]:
            out.setdefault(v["text"], set()).update(rep(r["id"]) for r in v["reports"])
        return out

    def holding(measure, category, number):
        for f in groups(measure, category):
            if any(v["value"] == number for v in f["values"]):
                return f
        return None

    # The total: 1,018 agreeing with every "over 1,000"; 600 superseded.
    total = holding("killed", "all", 1018)
    point("a group of the dead holds 1018", total is not None)
    if total:
        vals = values(total)
        point("the total agrees", total["status"] == "agree", total["status"])
        point("best estimate of the total is 1018", total["best"] == 1018, total["best"])
        over = vals.get("over 1000", set())
        point("'over 1000' from 000, 001, 002 and 003 in the same group",
              {"000", "001", "002", "003"} <= over, sorted(over))
        point("every 'over 1000' fits the best estimate",
              all(v["fits_best"] for v in total["values"] if v["text"] == "over 1000"))
        point("600 is superseded", 600 in total["superseded"] and
              any(v["value"] == 600 and v["superseded"] for v in total["values"]), total["superseded"])
        adds = [c for c in total["checks"] if c["result"] == "adds_up" and c["sum"] == 1018 and
                sorted((p["category"], p["value"]) for p in c["parts"]) ==
                [("civilians", 745), ("fighters", 148), ("security_forces", 125)]]
        point("745 + 125 + 148 = 1018 adds up", bool(adds),
              [(c["report"], c["sum"], c["result"]) for c in total["checks"]])
        point("the total rests on one primary source (weak, however many outlets)",
              total["origins"] == 1 and total["confidence"] == "weak",
              (total["origins"], total["confidence"]))
    point("totals.killed is 1018", s["totals"].get("killed", {}).get("best") == 1018, s["totals"])

    # Civilians: updated 745 -> 830 -> 973, latest dated 2025-03-10.
    civ = holding("killed", "civilians", 973)
    point("a group of dead civilians holds 973", civ is not None)
    if civ:
        nums = {v["value"] for v in civ["values"]}
        point("745, 830 and 973 are one group", {745, 830, 973} <= nums, sorted(nums))
        point("civilians are updated", civ["status"] == "updated", civ["status"])
        latest = civ.get("latest") or {}
        point("the latest is 973 dated 2025-03-10",
              latest.get("value") == 973 and (latest.get("date") or "").startswith("2025-03-10"), latest)
        point("best estimate of civilians is 973", civ["best"] == 973, civ["best"])
        evo = [e["value"] for e in civ["evolution"] if e["value"] in (745, 830, 973)]
        point("the evolution runs 745 -> 830 -> 973",
              set(evo) == {745, 830, 973} and
              max(i for i, v in enumerate(evo) if v == 745) < evo.index(830) < evo.index(973), evo)

    # Security forces and fighters: 004 against the rest.
    for cat, base in (("security_forces", 125), ("fighters", 148)):
        g = holding("killed", cat, base)
        ok = g is not None and g["status"] == "conflict"
        others = set()
        if g:
            for v in g["values"]:
                if v["value"] != base:
                    others |= {rep(r["id"]) for r in v["reports"]}
            base_reps = values(g).get(str(base), set())
        point(f"{cat}: {base} in conflict with report 004",
              ok and others == {"004"} and {"000", "001", "002", "003"} <= base_reps,
              g and (g["status"], sorted(values(g).items())))

    # Single-report facts.
    singles = {(rep(x["report"]), x["value"], x["measure"], x["category"]) for x in s["single_report_facts"]}
    for want in (("000", 16, "killed", "security_forces"), ("001", 31, "killed", "all"),
                 ("001", 4, "killed", "security_forces"), ("001", 600, "killed", "all"),
                 ("004", 12, "share", "other")):
        point(f"single-report fact {want}", want in singles, sorted(singles))

    # The one primary source.
    prim = [x for x in s["sources"] if x["primary"]]
    point("one primary source: the Syrian Observatory for Human Rights",
          len(prim) == 1 and prim[0]["name"] == "Syrian Observatory for Human Rights", [x["name"] for x in prim])
    point("summary says 5 reports, 1 primary source", s["summary"]["text"] == "5 reports, 1 primary source",
          s["summary"]["text"])
    if prim:
        point("the Observatory is named by 000, 001, 003 and 004",
              {rep(r) for r in prim[0]["reports"]} == {"000", "001", "003", "004"},
              sorted(rep(r) for r in prim[0]["reports"]))
        point("002's unattributed figures are traced to it", prim[0]["figures_traced"] > 0)

    # Timeline.
    tl = {t["date"]: {rep(r["id"]) for r in t["reports"]} for t in s["timeline"]}
    want_tl = {"2025-03-06": {"000", "001", "002", "003", "004"}, "2025-03-07": {"001", "002", "003"},
               "2025-03-08": {"001"}, "2025-03-10": {"004"}}
    point("the four dates of the timeline", set(tl) == set(want_tl), sorted(tl))
    for d, reps in want_tl.items():
        point(f"timeline {d} rests on {sorted(reps)}", tl.get(d) == reps, sorted(tl.get(d, [])))

    # Quotes.
    q = {x["speaker"]: x for x in s["quotes"]}
    for who, reps in (("Ali Sheha", {"001", "003", "004"}), ("Rami Abdurrahman", {"001", "004"})):
        x = q.get(who)
        point(f"{who} quoted by {sorted(reps)} with different wording",
              x is not None and {rep(r) for r in x["reports"]} >= reps and x["wording"] == "different",
              x and (sorted(rep(r) for r in x["reports"]), x["wording"]))

    # Framing.
    fr = {rep(x["report"]): x for x in s["framing"]}
    most = [k for k, x in fr.items() if x["most_loaded"]]
    point("report 004's framing is the most loaded", most == ["004"], most)
    point("004 uses 'so-called', 'martyrs' and 'liquidated'",
          {"so-called", "martyrs", "liquidated"} <= {t["term"] for t in fr.get("004", {}).get("loaded", [])})
    point("002 names no source for its figures", fr.get("002", {}).get("unsourced") is True)
    hc = {(rep(h["report"]), h["kind"]) for h in s["headline_checks"]}
    point("000's headline names HTS, which its body does not", ("000", "actor_unsupported") in hc, sorted(hc))

    print(f"{'FAIL' if failed else 'ok'}: {failed} of the gold points failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
