// An account as one self-contained HTML page: inline CSS and SVG, no
// script, no request to anywhere (a Content-Security-Policy says so to the
// browser too). Every figure, quote, date and actor links to its sentence
// in the reports, shown side by side with the words highlighted. All text
// from reports goes through escape.c.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report/account_render.h"

#define L(e, s) Nf_esc_lit((e), s)
// One of two literals.
#define LC(e, c, a, b) ((c) ? Nf_esc_lit((e), a) : Nf_esc_lit((e), b))
#define T(e, s) Nf_esc_text((e), (s))

// Chart colours, one per source (colour-blind-safe, Okabe and Ito 2008);
// figures with no source are grey.
static const char *const PALETTE[] = {"#0072B2", "#D55E00", "#009E73",
                                      "#CC79A7", "#E69F00", "#56B4E9",
                                      "#F0E442", "#000000"};
#define N_PALETTE (sizeof PALETTE / sizeof PALETTE[0])

static const char CSS[] =
    ":root{--ink:#1d2430;--muted:#5b6472;--line:#dde1e7;--bg:#f6f7f9;--card:#"
    "fff;"
    "--agree:#1a7f37;--updated:#0969da;--conflict:#cf222e;--single:#6e7781;"
    "--mark:#fff3b0;--target:#ffd54f}"
    "*{box-sizing:border-box}"
    "body{margin:0;font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,"
    "'Helvetica Neue',Arial,sans-serif;color:var(--ink);background:var(--bg)}"
    "header.top{background:#1d2430;color:#fff;padding:10px 24px;font-size:13px;"
    "letter-spacing:.02em}header.top b{font-weight:600}"
    "main{max-width:1280px;margin:0 auto;padding:8px 24px 48px}"
    "nav.index{background:var(--card);border:1px solid "
    "var(--line);border-radius:8px;"
    "padding:8px 16px;margin:16px 0}nav.index li{margin:2px 0}"
    "article.story{margin:24px 0 56px}"
    "h1{font-size:26px;line-height:1.25;margin:16px 0 6px}"
    "h2{font-size:18px;margin:32px 0 10px;padding-bottom:4px;border-bottom:2px "
    "solid var(--line)}"
    "h3{font-size:15px;margin:0 0 4px}"
    "a{color:#0a58ca;text-decoration:none}a:hover{text-decoration:underline}"
    ".summary{font-size:15px;color:var(--muted);margin:0 0 12px}"
    ".summary strong{color:var(--ink);font-size:17px}"
    ".totals{display:flex;flex-wrap:wrap;gap:10px;margin:12px 0}"
    ".total{background:var(--card);border:1px solid "
    "var(--line);border-radius:8px;"
    "padding:8px 14px;min-width:140px}.total b{display:block;font-size:24px}"
    ".total span{font-size:12px;color:var(--muted)}"
    ".cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(380px,"
    "1fr));gap:14px;"
    "align-items:start}"
    "details.more{font-size:13px;margin:6px 0 0}details.more "
    "summary{cursor:pointer;color:var(--muted)}"
    "table.singles td:first-child{white-space:nowrap}"
    ".fig{background:var(--card);border:1px solid var(--line);border-left:5px "
    "solid var(--single);"
    "border-radius:8px;padding:12px 14px}"
    ".fig.agree{border-left-color:var(--agree)}.fig.updated{border-left-color:"
    "var(--updated)}"
    ".fig.conflict{border-left-color:var(--conflict)}"
    ".badge{display:inline-block;font-size:11px;font-weight:600;text-transform:"
    "uppercase;"
    "letter-spacing:.04em;border-radius:10px;padding:1px "
    "8px;margin-left:6px;color:#fff;"
    "background:var(--single);vertical-align:2px}"
    ".badge.agree{background:var(--agree)}.badge.updated{background:var(--"
    "updated)}"
    ".badge.conflict{background:var(--conflict)}"
    ".grade{font-size:12px;color:var(--muted);border:1px solid "
    "var(--line);border-radius:10px;"
    "padding:0 "
    "7px;margin-left:4px}.grade.contested{color:var(--conflict);border-color:"
    "var(--conflict)}"
    ".grade.strong{color:var(--agree);border-color:var(--agree)}"
    ".best{font-size:14px;margin:4px 0}.best b{font-size:22px;margin-right:6px}"
    ".why{font-size:13px;color:var(--muted);margin:2px 0 8px}"
    "ul.values{list-style:none;padding:0;margin:6px 0;font-size:13.5px}"
    "ul.values li{padding:3px 0;border-top:1px dashed var(--line)}"
    ".v{font-weight:700;font-variant-numeric:tabular-nums}.old{color:var(--"
    "muted);text-decoration:line-through}"
    ".tag{font-size:11px;color:var(--muted);margin-left:4px}"
    ".ref{display:inline-block;font-size:12px;background:#eef2f7;border-radius:"
    "4px;"
    "padding:0 5px;margin:1px 2px;color:#0a58ca}"
    ".check{font-size:13px;margin:6px 0 0;padding:4px "
    "8px;border-radius:6px;background:#f0f6ff}"
    ".check.exceeds{background:#fff0f0}"
    "svg.chart{width:100%;height:auto;display:block;margin:6px "
    "0;background:#fbfcfd;"
    "border:1px solid var(--line);border-radius:6px}"
    "svg.chart text{font:11px system-ui,sans-serif;fill:#5b6472}"
    "table{border-collapse:collapse;width:100%;background:var(--card);font-"
    "size:13.5px}"
    "th,td{border:1px solid var(--line);padding:5px "
    "8px;text-align:left;vertical-align:top}"
    "th{background:#eef1f5;font-weight:600}"
    "td.states{background:#eaf6ec}td.hedges{background:#fff8e1}td.contradicts{"
    "background:#fdecec}"
    "td.outdated{background:#f1f1f1;color:var(--muted)}td.omits{color:#aab}"
    ".chip{display:inline-block;border-radius:10px;padding:0 "
    "8px;margin:1px;font-size:12.5px;"
    "background:#fdecec;color:#8a1c1c}.chip.hedge{background:#e8f0fe;color:#"
    "174ea6}"
    ".chip.word{background:#eef1f5;color:#333}"
    ".most{color:#fff;background:var(--conflict);border-radius:10px;padding:0 "
    "8px;font-size:11px}"
    ".flag{border-left:4px solid #e36209;background:var(--card);padding:6px "
    "10px;margin:6px 0;"
    "border-radius:4px;font-size:13.5px}"
    "ul.plain{padding-left:18px}ul.plain li{margin:3px 0}"
    "blockquote{margin:4px 0 4px 0;padding:2px 10px;border-left:3px solid "
    "var(--line);"
    "font-size:14px}"
    ".timeline{list-style:none;padding:0;border-left:3px solid "
    "var(--line);margin-left:8px}"
    ".timeline li{position:relative;padding:2px 0 10px 16px}"
    ".timeline "
    "li:before{content:'';position:absolute;left:-8px;top:8px;width:13px;"
    "height:13px;"
    "border-radius:50%;background:#0969da}"
    ".timeline .d{font-weight:700;margin-right:6px}"
    ".cols{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(330px,"
    "1fr);gap:12px;"
    "overflow-x:auto;padding-bottom:8px}"
    ".col{background:var(--card);border:1px solid "
    "var(--line);border-radius:8px;padding:12px 14px;"
    "font-size:14px;line-height:1.55}"
    ".col .meta{font-size:12px;color:var(--muted)}.col "
    "h4{font-size:16px;margin:6px 0 8px}"
    ".col p{margin:0 0 9px}"
    "mark{background:var(--mark);border-radius:2px;padding:0 1px}"
    "mark.quote{background:#e8f0fe}mark.date{background:#e6f4ea}mark.actor{"
    "background:#fde7e9}"
    ".sent:target,mark:target{background:var(--target);outline:2px solid "
    "#f0a500;"
    "border-radius:2px}"
    "footer{font-size:12px;color:var(--muted);max-width:1280px;margin:0 "
    "auto;padding:0 24px 32px}";

void Nf_account_html_head(nf_esc *e, size_t n_stories) {
  (void)n_stories;
  L(e,
    "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
    "'none'; "
    "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action "
    "'none'\">\n"
    "<meta name=\"referrer\" content=\"no-referrer\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    "<meta name=\"generator\" content=\"newsfold\">\n"
    "<title>newsfold account</title>\n<style>");
  Nf_esc_raw_(e, CSS, sizeof CSS - 1);
  L(e,
    "</style></head>\n<body><header class=\"top\"><b>newsfold</b> · reports "
    "folded "
    "into one sourced account · schema " NF_ACCOUNT_SCHEMA_VERSION
    "</header>\n<main>\n");
}

void Nf_account_html_foot(nf_esc *e) {
  L(e, "</main>\n<footer><p>");
  Nf_esc_textz(e, Nf_acc_grade_rule);
  L(e,
    "</p><p>Made by newsfold. Words are the reports’ own; links go to the "
    "sentence each statement rests on.</p></footer>\n</body></html>\n");
}

// ------------------------------------------------------------ helpers

static void value_words(nf_esc *e, const nf_acc_value *v) {
  Nf_acc_value_words(e, v, Nf_esc_count, "+ (vague)");
}

// A group's best estimate as a reader should take it: "1,000+" when it
// rests on a lower bound or a vague count.
static void best_words(nf_esc *e, const nf_acc_figure *f) {
  Nf_esc_count(e, f->best);
  bool open = false;
  for (size_t v = 0; v < f->n_values; v++)
    if (f->values[v].current && Nf_acc_value_stated(&f->values[v]) == f->best)
      open = f->values[v].qualifier == NF_Q_VAGUE ||
             f->values[v].qualifier == NF_Q_OVER ||
             f->values[v].qualifier == NF_Q_AT_LEAST;
  for (size_t v = 0; v < f->n_values && open; v++)
    if (f->values[v].current && f->values[v].qualifier == NF_Q_EXACT &&
        Nf_acc_value_stated(&f->values[v]) == f->best)
      open = false;
  if (open) L(e, "+");
  if (f->measure == NF_M_SHARE) L(e, "%");
}

static void figure_name(nf_esc *e, const nf_acc_figure *f) {
  if (f->measure == NF_M_SHARE || f->measure == NF_M_MONEY ||
      f->measure == NF_M_OTHER) {
    Nf_esc_textz(e, Nf_acc_measure_words(f->measure));
    if (f->category != NF_C_ALL && f->category != NF_C_OTHER) {
      L(e, " · ");
      Nf_esc_textz(e, Nf_acc_category_words(f->category));
    }
  } else {
    Nf_esc_textz(e, Nf_acc_category_words(f->category));
    L(e, " ");
    Nf_esc_textz(e, Nf_acc_measure_words(f->measure));
  }
  if (f->place) {
    L(e, " in ");
    Nf_esc_textz(e, f->place);
  }
}

// Anchor of a reference: its sentence when known, else its words.
static void anchor(nf_esc *e, size_t story, nf_acc_ref ref) {
  L(e, "s");
  Nf_esc_int(e, (int64_t)story + 1);
  L(e, "-r");
  Nf_esc_int(e, (int64_t)ref.report + 1);
  if (ref.sentence >= 0) {
    L(e, "-s");
    Nf_esc_int(e, ref.sentence);
  } else {
    LC(e, ref.in == NF_IN_TITLE, "-t", "-b");
    Nf_esc_int(e, ref.start);
  }
}

static void ref_link(nf_esc *e, const nf_account *acc, size_t story,
                     nf_acc_ref ref) {
  L(e, "<a class=\"ref\" href=\"#");
  anchor(e, story, ref);
  L(e, "\" title=\"");
  Nf_esc_text_clip(e, Nf_acc_ref_sentence(acc, ref), 300);
  L(e, "\">");
  Nf_esc_int(e, (int64_t)ref.report + 1);
  if (ref.in == NF_IN_TITLE) L(e, " headline");
  L(e, "</a>");
}

static void quote_sentence(nf_esc *e, const nf_account *acc, nf_acc_ref ref) {
  L(e, "“");
  Nf_esc_text_clip(e, Nf_acc_ref_sentence(acc, ref), 240);
  L(e, "”");
}

// ---------------------------------------------------------------- chart

typedef struct pt {
  const nf_acc_mention *m;
  const nf_acc_value *v;
  int col;
} pt;

static int date_cmp(const nf_account *acc, uint32_t a, uint32_t b) {
  const nf_datetime *x = &acc->reports[a].time, *y = &acc->reports[b].time;
  bool kx = x->precision != NF_PREC_NONE, ky = y->precision != NF_PREC_NONE;
  if (kx != ky) return kx ? 1 : -1;
  if (!kx) return 0;
  return Nf_datetime_cmp(x, y);
}

// One chart per figure group: every figure stated, by report time (dated
// reports in order, undated ones first), coloured by source; lines join a
// source's figures over time; the best estimate is a dashed line.
static void chart(nf_esc *e, const nf_account *acc, size_t story, size_t g) {
  const nf_acc_figure *f = &acc->figures[g];
  size_t n = 0;
  for (size_t v = 0; v < f->n_values; v++) n += f->values[v].n_mentions;
  if (n < 2 || n > 2000) return;
  pt *p = calloc(n, sizeof *p);
  uint32_t *cols = calloc(n, sizeof *cols);  // a report per distinct date
  if (!p || !cols) {
    free(p);
    free(cols);
    return;
  }
  size_t k = 0;
  double ymax = isfinite(f->high) ? f->high : 0;
  for (size_t v = 0; v < f->n_values; v++)
    for (size_t i = 0; i < f->values[v].n_mentions; i++) {
      p[k++] = (pt){&f->values[v].mentions[i], &f->values[v], 0};
      double s = Nf_acc_value_stated(&f->values[v]);
      if (isfinite(s) && s > ymax) ymax = s;
    }
  // Columns: distinct dates in order (all undated reports share one).
  size_t n_cols = 0;
  for (k = 0; k < n; k++) {
    uint32_t r = p[k].m->ref.report;
    size_t c = 0;
    while (c < n_cols && date_cmp(acc, cols[c], r) != 0) c++;
    if (c == n_cols) cols[n_cols++] = r;
  }
  // Sort columns by date (insertion: few columns).
  for (size_t i = 1; i < n_cols; i++)
    for (size_t j = i; j > 0 && date_cmp(acc, cols[j - 1], cols[j]) > 0; j--) {
      uint32_t t = cols[j];
      cols[j] = cols[j - 1];
      cols[j - 1] = t;
    }
  for (k = 0; k < n; k++) {
    size_t c = 0;
    while (c < n_cols && date_cmp(acc, cols[c], p[k].m->ref.report) != 0) c++;
    p[k].col = (int)c;
  }
  if (ymax <= 0) ymax = 1;
  // A round top for the axis: four steps of 1, 2, 2.5 or 5 times a power
  // of ten.
  double raw = ymax * 1.08 / 4, mag = pow(10, floor(log10(raw))), step = mag;
  static const double nice[] = {1, 2, 2.5, 5, 10};
  for (size_t i = 0; i < sizeof nice / sizeof nice[0]; i++)
    if (nice[i] * mag >= raw) {
      step = nice[i] * mag;
      break;
    }
  if (step < 1) step = 1;
  double top = step * 4;
  const double W = 560, H = 210, X0 = 54, X1 = 540, Y0 = 16, Y1 = 172;
  double xstep = n_cols > 1 ? (X1 - X0 - 40) / (double)(n_cols - 1) : 0;
#define XP(c) (n_cols > 1 ? X0 + 20 + xstep * (c) : (X0 + X1) / 2)
#define YP(v) (Y1 - (Y1 - Y0) * ((v) / top))
  L(e,
    "<svg class=\"chart\" viewBox=\"0 0 560 210\" role=\"img\" aria-label=\"");
  figure_name(e, f);
  L(e, " by report time\" xmlns=\"http://www.w3.org/2000/svg\">");
  (void)W, (void)H;
  // Grid and y axis.
  for (int t = 0; t <= 4; t++) {
    double yv = top * t / 4, y = YP(yv);
    L(e, "<line x1=\"");
    Nf_esc_num(e, X0);
    L(e, "\" x2=\"");
    Nf_esc_num(e, X1);
    L(e, "\" y1=\"");
    Nf_esc_num(e, round(y * 10) / 10);
    L(e, "\" y2=\"");
    Nf_esc_num(e, round(y * 10) / 10);
    L(e, "\" stroke=\"#e3e6eb\"/><text x=\"");
    Nf_esc_num(e, X0 - 6);
    L(e, "\" y=\"");
    Nf_esc_num(e, round(y * 10) / 10 + 4);
    L(e, "\" text-anchor=\"end\">");
    Nf_esc_count(e, round(yv));
    L(e, "</text>");
  }
  // x labels.
  for (size_t c = 0; c < n_cols; c++) {
    L(e, "<text x=\"");
    Nf_esc_num(e, round(XP(c)));
    L(e, "\" y=\"190\" text-anchor=\"middle\">");
    const nf_doc *d = acc->story->docs[cols[c]];
    if (d->published_iso[0])
      Nf_esc_text(e, Nf_sv(d->published_iso, strnlen(d->published_iso, 10)));
    else
      L(e, "undated");
    L(e, "</text>");
  }
  L(e, "<text x=\"");
  Nf_esc_num(e, X1);
  L(e, "\" y=\"205\" text-anchor=\"end\">report published →</text>");
  // Best estimate.
  if (isfinite(f->best)) {
    double y = round(YP(f->best) * 10) / 10;
    L(e, "<line x1=\"");
    Nf_esc_num(e, X0);
    L(e, "\" x2=\"");
    Nf_esc_num(e, X1);
    L(e, "\" y1=\"");
    Nf_esc_num(e, y);
    L(e, "\" y2=\"");
    Nf_esc_num(e, y);
    L(e,
      "\" stroke=\"#1d2430\" stroke-dasharray=\"4 3\" stroke-width=\"1\"/>"
      "<text x=\"");
    Nf_esc_num(e, X1);
    L(e, "\" y=\"");
    Nf_esc_num(e, y - 4);
    L(e, "\" text-anchor=\"end\" style=\"fill:#1d2430\">best ");
    Nf_esc_count(e, f->best);
    L(e, "</text>");
  }
  // Lines per source through time (the first figure per column).
  for (size_t s = 0; s <= acc->n_sources && s < N_PALETTE + 1; s++) {
    int32_t src = s < acc->n_sources ? (int32_t)s : -1;
    int last_col = -1;
    double lx = 0, ly = 0;
    bool any = false;
    for (size_t c = 0; c < n_cols; c++) {
      for (k = 0; k < n; k++) {
        if (p[k].col != (int)c || p[k].m->source != src || p[k].m->superseded)
          continue;
        double x = XP(c), y = YP(Nf_acc_value_stated(p[k].v));
        if (any && last_col != (int)c && src >= 0) {
          L(e, "<line x1=\"");
          Nf_esc_num(e, round(lx));
          L(e, "\" y1=\"");
          Nf_esc_num(e, round(ly));
          L(e, "\" x2=\"");
          Nf_esc_num(e, round(x));
          L(e, "\" y2=\"");
          Nf_esc_num(e, round(y));
          L(e, "\" stroke=\"");
          Nf_esc_textz(e, PALETTE[s % N_PALETTE]);
          L(e, "\" stroke-width=\"1.5\" opacity=\".6\"/>");
        }
        lx = x, ly = y, last_col = (int)c, any = true;
        break;
      }
    }
  }
  // Points: filled for exact, a triangle up for a lower bound ("over"), down
  // for an upper bound ("nearly"), hollow for an earlier figure; each links
  // to its sentence.
  for (k = 0; k < n; k++) {
    const nf_acc_mention *m = p[k].m;
    double s = Nf_acc_value_stated(p[k].v);
    if (!isfinite(s)) continue;
    // Spread points that share a column.
    size_t same = 0, before = 0;
    for (size_t j = 0; j < n; j++)
      if (p[j].col == p[k].col) {
        same++;
        if (j < k) before++;
      }
    double spread = same > 1 ? fmin(14.0, 60.0 / (double)same) : 0;
    double x = XP(p[k].col) + (before - (same - 1) / 2.0) * spread;
    double y = YP(s);
    const char *color =
        m->source >= 0 ? PALETTE[m->source % N_PALETTE] : "#8c959f";
    bool hollow = m->superseded || !p[k].v->current;
    L(e, "<a href=\"#");
    anchor(e, story, m->ref);
    L(e, "\"><title>");
    value_words(e, p[k].v);
    L(e, " — ");
    T(e, Nf_acc_report_label(acc, m->ref.report));
    if (m->source >= 0) {
      L(e, " — ");
      Nf_esc_textz(e, acc->sources[m->source].name);
    }
    if (m->superseded) L(e, " (earlier figure)");
    L(e, "</title>");
    uint8_t q = p[k].v->qualifier;
    if (q == NF_Q_OVER || q == NF_Q_AT_LEAST || q == NF_Q_NEARLY ||
        q == NF_Q_UP_TO) {
      bool up = q == NF_Q_OVER || q == NF_Q_AT_LEAST;
      double d = up ? -1 : 1;
      L(e, "<path class=\"pt\" d=\"M");
      Nf_esc_num(e, round(x * 10) / 10);
      L(e, " ");
      Nf_esc_num(e, round((y + d * 6) * 10) / 10);
      L(e, " L");
      Nf_esc_num(e, round((x - 5.5) * 10) / 10);
      L(e, " ");
      Nf_esc_num(e, round((y - d * 4) * 10) / 10);
      L(e, " L");
      Nf_esc_num(e, round((x + 5.5) * 10) / 10);
      L(e, " ");
      Nf_esc_num(e, round((y - d * 4) * 10) / 10);
      L(e, " Z\"");
    } else {
      L(e, "<circle class=\"pt\" cx=\"");
      Nf_esc_num(e, round(x * 10) / 10);
      L(e, "\" cy=\"");
      Nf_esc_num(e, round(y * 10) / 10);
      L(e, "\" r=\"5\"");
    }
    L(e, " stroke=\"");
    Nf_esc_textz(e, color);
    L(e, "\" stroke-width=\"2\" fill=\"");
    if (hollow)
      L(e, "#fff");
    else
      Nf_esc_textz(e, color);
    L(e, "\"/></a>");
  }
  L(e, "</svg>");
  // Legend.
  L(e, "<div style=\"font-size:12px;color:#5b6472\">");
  bool unsourced = false;
  for (size_t s = 0; s < acc->n_sources; s++) {
    bool used = false;
    for (k = 0; k < n && !used; k++) used = p[k].m->source == (int32_t)s;
    if (!used) continue;
    L(e, "<span style=\"margin-right:10px\"><span style=\"color:");
    Nf_esc_textz(e, PALETTE[s % N_PALETTE]);
    L(e, "\">●</span> ");
    Nf_esc_textz(e, acc->sources[s].name);
    L(e, "</span>");
  }
  for (k = 0; k < n; k++) unsourced |= p[k].m->source < 0;
  if (unsourced)
    L(e,
      "<span style=\"margin-right:10px\"><span "
      "style=\"color:#8c959f\">●</span> no source named</span>");
  L(e,
    "<span>▲ over / at least · ▼ nearly / up to · ○ earlier "
    "figure</span></div>");
#undef XP
#undef YP
  free(p);
  free(cols);
}

// ------------------------------------------------------------ sections

static void figure_card(nf_esc *e, const nf_account *acc, size_t story,
                        size_t g) {
  const nf_acc_figure *f = &acc->figures[g];
  L(e, "<div class=\"fig ");
  Nf_esc_textz(e, Nf_fig_status_name(f->status));
  L(e, "\" id=\"s");
  Nf_esc_int(e, (int64_t)story + 1);
  L(e, "-f");
  Nf_esc_int(e, (int64_t)g + 1);
  L(e, "\"><h3>");
  figure_name(e, f);
  L(e, "<span class=\"badge ");
  Nf_esc_textz(e, Nf_fig_status_name(f->status));
  L(e, "\">");
  Nf_esc_textz(e, Nf_fig_status_name(f->status));
  L(e, "</span><span class=\"grade ");
  Nf_esc_textz(e, Nf_grade_name(f->grade));
  L(e, "\" title=\"confidence from independent origins\">");
  Nf_esc_textz(e, Nf_grade_name(f->grade));
  L(e, " · ");
  Nf_esc_int(e, f->origins);
  LC(e, f->origins == 1, " origin", " origins");
  L(e, "</span></h3><p class=\"best\"><b>");
  best_words(e, f);
  L(e, "</b>best");
  if (f->low != f->high) {
    L(e, " · low ");
    Nf_esc_count(e, f->low);
    L(e, " · high ");
    Nf_esc_count(e, f->high);
  }
  L(e, " · ");
  Nf_esc_int(e, f->n_reports);
  LC(e, f->n_reports == 1, " report", " reports");
  L(e, "</p><p class=\"why\">");
  Nf_esc_textz(e, f->why);
  L(e, ". ");
  Nf_esc_textz(e, f->rule);
  L(e, ".</p>");
  chart(e, acc, story, g);
  L(e, "<ul class=\"values\">");
  for (size_t v = 0; v < f->n_values; v++) {
    const nf_acc_value *val = &f->values[v];
    L(e, "<li><span class=\"v");
    if (!val->current) L(e, " old");
    L(e, "\">");
    value_words(e, val);
    L(e, "</span>");
    if (val->superseded)
      L(e, "<span class=\"tag\">earlier figure</span>");
    else if (!val->current)
      L(e, "<span class=\"tag\">outdated</span>");
    else if (!val->fits_best)
      L(e, "<span class=\"tag\">disagrees with best</span>");
    L(e, " ");
    for (size_t i = 0; i < val->n_mentions && i < 40; i++)
      ref_link(e, acc, story, val->mentions[i].ref);
    if (val->n_mentions > 40) L(e, "…");
    // Sources behind it.
    int32_t shown = -2;
    for (size_t i = 0; i < val->n_mentions; i++) {
      const nf_acc_mention *m = &val->mentions[i];
      if (m->source < 0 || m->source == shown) continue;
      shown = m->source;
      L(e, "<span class=\"tag\">");
      LC(e, m->source_inferred, "traced to ", "per ");
      Nf_esc_textz(e, acc->sources[m->source].name);
      L(e, "</span>");
      break;
    }
    L(e, "</li>");
  }
  L(e, "</ul>");
  for (size_t c = 0; c < f->n_checks; c++) {
    const nf_acc_check *ch = &f->checks[c];
    if (c == 1)
      L(e, "<details class=\"more\"><summary>parts in other reports</summary>");
    L(e, "<p class=\"check ");
    Nf_esc_textz(e, Nf_parts_result_name(ch->result));
    L(e, "\">Parts");
    if (ch->report >= 0) {
      L(e, " in report ");
      Nf_esc_int(e, ch->report + 1);
    }
    L(e, ": ");
    for (size_t p = 0; p < ch->n_parts; p++) {
      if (p) L(e, " + ");
      Nf_esc_count(e, ch->parts[p].value);
      if (ch->parts[p].open) L(e, "+");
      L(e, " ");
      Nf_esc_textz(
          e, Nf_acc_category_words(acc->figures[ch->parts[p].figure].category));
    }
    L(e, " = <b>");
    Nf_esc_count(e, ch->sum);
    if (ch->sum_open) L(e, "+");
    L(e, "</b> against ");
    Nf_esc_textz(e, Nf_acc_qualifier_words(ch->whole_qualifier));
    Nf_esc_count(e, ch->whole);
    LC(e, ch->whole_from_report, " (same report)", " (story best)");
    L(e, ": <b>");
    switch (ch->result) {
      case NF_PARTS_ADD_UP: L(e, "✓ adds up"); break;
      case NF_PARTS_CONSISTENT: L(e, "consistent"); break;
      case NF_PARTS_SHORT: L(e, "covers part of the whole"); break;
      default: L(e, "exceeds the whole"); break;
    }
    L(e, "</b></p>");
  }
  if (f->n_checks > 1) L(e, "</details>");
  L(e, "</div>");
}

// --------------------------------------------------- reports side by side

typedef struct span {
  uint32_t start, end;
  uint8_t kind;  // 0 figure, 1 quote, 2 date, 3 actor
} span;

static int span_cmp(const void *a, const void *b) {
  const span *x = a, *y = b;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  return x->end > y->end ? -1 : x->end < y->end;
}

static bool push(span **v, size_t *n, size_t *cap, span s) {
  if (s.end <= s.start) return true;
  if (*n == *cap) {
    size_t nc = *cap ? *cap * 2 : 32;
    span *nv = realloc(*v, nc * sizeof *nv);
    if (!nv) return false;
    *v = nv;
    *cap = nc;
  }
  (*v)[(*n)++] = s;
  return true;
}

// The marks of one report field: every fact of the account that rests on it.
static size_t collect_marks(const nf_account *acc, uint32_t r, uint8_t in,
                            span **out) {
  span *v = NULL;
  size_t n = 0, cap = 0;
  for (size_t g = 0; g < acc->n_figures; g++)
    for (size_t k = 0; k < acc->figures[g].n_values; k++)
      for (size_t i = 0; i < acc->figures[g].values[k].n_mentions; i++) {
        nf_acc_ref ref = acc->figures[g].values[k].mentions[i].ref;
        if (ref.report == r && ref.in == in)
          push(&v, &n, &cap, (span){ref.start, ref.end, 0});
      }
  for (size_t s = 0; s < acc->n_speakers; s++)
    for (size_t t = 0; t < acc->speakers[s].n_texts; t++)
      for (size_t i = 0; i < acc->speakers[s].texts[t].n_refs; i++) {
        nf_acc_ref ref = acc->speakers[s].texts[t].refs[i];
        if (ref.report == r && ref.in == in)
          push(&v, &n, &cap, (span){ref.start, ref.end, 1});
      }
  for (size_t t = 0; t < acc->n_timeline; t++)
    for (size_t i = 0; i < acc->timeline[t].n_refs; i++) {
      nf_acc_ref ref = acc->timeline[t].refs[i];
      if (ref.report == r && ref.in == in)
        push(&v, &n, &cap, (span){ref.start, ref.end, 2});
    }
  const nf_acc_framing *fr = &acc->framing[r];
  for (size_t i = 0; i < fr->n_agents; i++) {
    nf_acc_ref ref = fr->agents[i].ref;
    if (ref.in == in) push(&v, &n, &cap, (span){ref.start, ref.end, 3});
  }
  if (n) qsort(v, n, sizeof *v, span_cmp);
  // No overlaps: the earlier (longer) mark wins.
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    if (o && v[i].start < v[o - 1].end) continue;
    v[o++] = v[i];
  }
  *out = v;
  return o;
}

// One field of a report (title or body) as HTML: paragraphs, sentences
// with anchors, marks around facts.
static void field_html(nf_esc *e, const nf_account *acc, size_t story,
                       uint32_t r, uint8_t in) {
  const nf_doc *d = acc->story->docs[r];
  nf_sv text =
      in == NF_IN_TITLE ? Nf_sv_cstr(d->title) : Nf_sv(d->text, d->text_len);
  if (!text.p || !text.n) return;
  span *marks = NULL;
  size_t n_marks = collect_marks(acc, r, in, &marks);
  const nf_facts *f = d->facts;
  // Sentences of this field in order.
  size_t n_s = 0;
  int32_t *sid = NULL;
  if (f && f->n_sentences) {
    sid = calloc(f->n_sentences, sizeof *sid);
    if (sid)
      for (size_t i = 0; i < f->n_sentences; i++)
        if (f->sentences[i].in == in && f->sentences[i].end <= text.n &&
            f->sentences[i].start < f->sentences[i].end)
          sid[n_s++] = (int32_t)i;
  }
  static const char *const mark_open[] = {
      "<mark class=\"m-fig\">", "<mark class=\"quote\">",
      "<mark class=\"date\">", "<mark class=\"actor\">"};
  bool title = in == NF_IN_TITLE;
  size_t pos = 0, si = 0, mi = 0, s_end = 0, m_end = 0;
  bool in_s = false, in_m = false;
  uint8_t m_kind = 0;
  // Next paragraph break at or after pos (title: none).
  size_t pb = text.n;
  if (!title) {
    long at = Nf_sv_ifind(text, NF_SV_LIT("\n\n"));
    if (at >= 0) pb = (size_t)at;
  }
  if (!title) L(e, "<p>");
  while (pos < text.n) {
    // Close what ends here, innermost first.
    if (in_m && m_end <= pos) {
      L(e, "</mark>");
      in_m = false;
    }
    if (in_s && s_end <= pos) {
      if (in_m) L(e, "</mark>"), in_m = false;
      L(e, "</span>");
      in_s = false;
    }
    if (pos == pb) {
      // A paragraph break: close and reopen around it.
      bool was_s = in_s, was_m = in_m;
      if (in_m) L(e, "</mark>");
      if (in_s) L(e, "</span>");
      L(e, "</p>\n<p>");
      while (pos < text.n && (text.p[pos] == '\n' || text.p[pos] == ' ')) pos++;
      long at =
          Nf_sv_ifind(Nf_sv(text.p + pos, text.n - pos), NF_SV_LIT("\n\n"));
      pb = at >= 0 ? pos + (size_t)at : text.n;
      if (was_s && s_end > pos)
        L(e, "<span class=\"sent\">");
      else
        in_s = false;
      if (was_m && m_end > pos)
        Nf_esc_raw_(e, mark_open[m_kind], strlen(mark_open[m_kind]));
      else
        in_m = false;
      continue;
    }
    // Open what starts here: the sentence first, then the mark inside it.
    while (si < n_s && f->sentences[sid[si]].start < pos) si++;
    if (!in_s && si < n_s && f->sentences[sid[si]].start == pos) {
      const nf_sentence *st = &f->sentences[sid[si]];
      if (in_m) L(e, "</mark>"), in_m = false;
      L(e, "<span class=\"sent\" id=\"");
      anchor(e, story, (nf_acc_ref){r, st->start, st->end, sid[si], in});
      L(e, "\">");
      in_s = true;
      s_end = st->end;
      si++;
    }
    while (mi < n_marks && marks[mi].start < pos) mi++;
    if (!in_m && mi < n_marks && marks[mi].start == pos) {
      m_kind = marks[mi].kind;
      Nf_esc_raw_(e, mark_open[m_kind], strlen(mark_open[m_kind]));
      in_m = true;
      m_end = marks[mi].end;
      // Marks never cross a sentence's edge.
      if (in_s && m_end > s_end) m_end = s_end;
      if (!in_s && si < n_s && f->sentences[sid[si]].start < m_end)
        m_end = f->sentences[sid[si]].start;
      mi++;
    }
    // Text up to the next boundary.
    size_t next = pb;
    if (in_s && s_end < next) next = s_end;
    if (in_m && m_end < next) next = m_end;
    if (!in_s && si < n_s && f->sentences[sid[si]].start < next)
      next = f->sentences[sid[si]].start;
    if (!in_m && mi < n_marks && marks[mi].start < next) next = marks[mi].start;
    if (next > text.n) next = text.n;
    if (next <= pos) {  // a boundary that opened nothing: step one code point
      next = pos + 1;
      while (next < text.n && ((unsigned char)text.p[next] & 0xC0) == 0x80)
        next++;
    }
    T(e, Nf_sv(text.p + pos, next - pos));
    pos = next;
  }
  if (in_m) L(e, "</mark>");
  if (in_s) L(e, "</span>");
  if (!title) L(e, "</p>");
  free(marks);
  free(sid);
}

// Anchors for references without a sentence: a hidden target per mark.
static void word_anchors(nf_esc *e, const nf_account *acc, size_t story,
                         uint32_t r) {
  const nf_doc *d = acc->story->docs[r];
  if (d->facts && d->facts->n_sentences) return;
  for (int in = 0; in < 2; in++) {
    span *marks = NULL;
    size_t n = collect_marks(acc, r, (uint8_t)in, &marks);
    for (size_t i = 0; i < n; i++) {
      L(e, "<span id=\"");
      anchor(e, story,
             (nf_acc_ref){r, marks[i].start, marks[i].end, -1, (uint8_t)in});
      L(e, "\"></span>");
    }
    free(marks);
  }
}

static void reports_side_by_side(nf_esc *e, const nf_account *acc,
                                 size_t story) {
  L(e, "<h2>The reports side by side</h2><div class=\"cols\">");
  for (uint32_t r = 0; r < acc->n_reports; r++) {
    const nf_doc *d = acc->story->docs[r];
    L(e, "<div class=\"col\" id=\"s");
    Nf_esc_int(e, (int64_t)story + 1);
    L(e, "-r");
    Nf_esc_int(e, (int64_t)r + 1);
    L(e, "\"><div class=\"meta\"><b>");
    Nf_esc_int(e, (int64_t)r + 1);
    L(e, "</b> · ");
    T(e, Nf_acc_report_label(acc, r));
    if (d->published_iso[0]) {
      L(e, " · ");
      Nf_esc_textz(e, d->published_iso);
    }
    if (d->url) {
      L(e, " · <a rel=\"noopener noreferrer nofollow\" href=\"");
      Nf_esc_href(e, Nf_sv_cstr(d->url));
      L(e, "\">original</a>");
    }
    L(e, "</div>");
    word_anchors(e, acc, story, r);
    if (d->title && *d->title) {
      L(e, "<h4>");
      field_html(e, acc, story, r, NF_IN_TITLE);
      L(e, "</h4>");
    }
    field_html(e, acc, story, r, NF_IN_BODY);
    L(e, "</div>");
  }
  L(e, "</div>");
}

nf_status Nf_account_html(nf_esc *e, const nf_account *acc, size_t index) {
  size_t story = index;
  L(e, "<article class=\"story\" id=\"s");
  Nf_esc_int(e, (int64_t)story + 1);
  L(e, "\"><h1>");
  T(e, Nf_acc_story_title(acc));
  L(e, "</h1><p class=\"summary\"><strong>");
  Nf_esc_int(e, (int64_t)acc->n_reports);
  LC(e, acc->n_reports == 1, " report, ", " reports, ");
  Nf_esc_int(e, acc->n_primary);
  LC(e, acc->n_primary == 1, " primary source", " primary sources");
  L(e, "</strong>");
  bool first = true;
  for (size_t s = 0; s < acc->n_sources; s++) {
    if (!acc->sources[s].primary) continue;
    LC(e, first, " — ", "; ");
    Nf_esc_textz(e, acc->sources[s].name);
    first = false;
  }
  L(e, " · ");
  Nf_esc_int(e, acc->n_outlets);
  LC(e, acc->n_outlets == 1, " outlet · ", " outlets · ");
  Nf_esc_int(e, acc->n_origins);
  L(e, " independent origins behind the figures</p>");

  // Totals.
  L(e, "<div class=\"totals\">");
  for (int m = 1; m < NF_M__COUNT; m++) {
    if (!isfinite(acc->total_best[m])) continue;
    L(e, "<div class=\"total\" title=\"");
    Nf_esc_textz(e, acc->total_rule[m]);
    L(e, "\"><span>");
    Nf_esc_textz(e, Nf_acc_measure_words((uint8_t)m));
    L(e, "</span><b>");
    Nf_esc_count(e, acc->total_best[m]);
    if (acc->total[m] >= 0) {
      // "1,000+" when the total rests on a lower bound.
      nf_buf tmp;
      Nf_buf_init(&tmp, NULL, 64);
      nf_esc te;
      Nf_esc_init(&te, &tmp, NF_ESC_HTML);
      best_words(&te, &acc->figures[acc->total[m]]);
      if (tmp.len && tmp.data[tmp.len - 1] == '+') L(e, "+");
      Nf_buf_fini(&tmp);
    }
    L(e, "</b><span>best estimate");
    if (acc->total[m] >= 0) {
      L(e, " · <a href=\"#s");
      Nf_esc_int(e, (int64_t)story + 1);
      L(e, "-f");
      Nf_esc_int(e, acc->total[m] + 1);
      L(e, "\">figure</a>");
    }
    L(e, "</span></div>");
  }
  L(e, "</div>");

  // Figures several reports give, as cards; then those only one gives.
  bool any = false;
  for (size_t g = 0; g < acc->n_figures; g++) {
    if (acc->figures[g].status == NF_FS_SINGLE) continue;
    if (!any) L(e, "<h2>Figures across reports</h2><div class=\"cards\">");
    any = true;
    figure_card(e, acc, story, g);
  }
  if (any) L(e, "</div>");
  any = false;
  for (size_t g = 0; g < acc->n_figures; g++) {
    const nf_acc_figure *f = &acc->figures[g];
    if (f->status != NF_FS_SINGLE || !f->n_values || !f->values[0].n_mentions)
      continue;
    if (!any)
      L(e,
        "<h2>Figures one report gives</h2><table "
        "class=\"singles\"><tr><th>figure</th>"
        "<th>what</th><th>report</th><th>sentence</th></tr>");
    any = true;
    const nf_acc_mention *m = &f->values[0].mentions[0];
    L(e, "<tr id=\"s");
    Nf_esc_int(e, (int64_t)story + 1);
    L(e, "-f");
    Nf_esc_int(e, (int64_t)g + 1);
    L(e, "\"><td><b>");
    value_words(e, &f->values[0]);
    if (f->measure == NF_M_SHARE) L(e, "%");
    L(e, "</b>");
    for (size_t v = 1; v < f->n_values; v++) {
      L(e, " / ");
      value_words(e, &f->values[v]);
    }
    L(e, "</td><td>");
    figure_name(e, f);
    if (f->whole >= 0) {
      L(e, " <span class=\"tag\">part of <a href=\"#s");
      Nf_esc_int(e, (int64_t)story + 1);
      L(e, "-f");
      Nf_esc_int(e, f->whole + 1);
      L(e, "\">");
      figure_name(e, &acc->figures[f->whole]);
      L(e, "</a></span>");
    }
    L(e, "</td><td>");
    ref_link(e, acc, story, m->ref);
    if (m->source >= 0) {
      L(e, " <span class=\"tag\">");
      L(e, "per ");
      Nf_esc_textz(e, acc->sources[m->source].name);
      L(e, "</span>");
    }
    L(e, "</td><td>");
    quote_sentence(e, acc, m->ref);
    L(e, "</td></tr>");
  }
  if (any) L(e, "</table>");

  // Sources.
  if (acc->n_sources) {
    L(e,
      "<h2>Sources</h2><table><tr><th>source</th><th>kind</th><th>named by</th>"
      "<th>figures credited</th><th>traced to it</th></tr>");
    for (size_t s = 0; s < acc->n_sources; s++) {
      const nf_acc_source *src = &acc->sources[s];
      L(e, "<tr><td><b>");
      Nf_esc_textz(e, src->name);
      L(e, "</b>");
      if (src->n_aliases) {
        L(e, "<br><span class=\"tag\">also: ");
        for (size_t a = 0; a < src->n_aliases; a++) {
          if (a) L(e, "; ");
          Nf_esc_textz(e, src->aliases[a]);
        }
        L(e, "</span>");
      }
      L(e, "</td><td>");
      Nf_esc_textz(e, Nf_source_kind_name(src->kind));
      if (src->primary) L(e, " · <b>primary</b>");
      L(e, "</td><td>");
      for (size_t k = 0; k < src->n_reports; k++) {
        L(e, "<a class=\"ref\" href=\"#s");
        Nf_esc_int(e, (int64_t)story + 1);
        L(e, "-r");
        Nf_esc_int(e, (int64_t)src->reports[k] + 1);
        L(e, "\">");
        Nf_esc_int(e, (int64_t)src->reports[k] + 1);
        L(e, "</a>");
      }
      L(e, "</td><td>");
      Nf_esc_int(e, src->n_figures);
      L(e, "</td><td>");
      Nf_esc_int(e, src->n_inferred);
      L(e, "</td></tr>");
    }
    L(e, "</table>");
  }

  // Timeline.
  if (acc->n_timeline) {
    L(e, "<h2>Timeline</h2><ul class=\"timeline\">");
    for (size_t t = 0; t < acc->n_timeline; t++) {
      const nf_acc_event *ev = &acc->timeline[t];
      char date[40];
      Nf_datetime_format(&ev->date, date, sizeof date);
      L(e, "<li><span class=\"d\">");
      Nf_esc_textz(e, date);
      L(e, "</span>");
      quote_sentence(e, acc, ev->text);
      L(e, " ");
      for (size_t k = 0; k < ev->n_refs && k < 40; k++)
        ref_link(e, acc, story, ev->refs[k]);
      L(e, "</li>");
    }
    L(e, "</ul>");
  }

  // Quotes.
  if (acc->n_speakers) {
    L(e, "<h2>Quotes by speaker</h2>");
    for (size_t s = 0; s < acc->n_speakers; s++) {
      const nf_acc_speaker *sp = &acc->speakers[s];
      L(e, "<h3>");
      Nf_esc_textz(e, sp->name);
      L(e, " <span class=\"tag\">");
      switch (sp->wording) {
        case NF_WORDING_VERBATIM: L(e, "same words in every report"); break;
        case NF_WORDING_DIFFERENT:
          L(e, "different wording across reports");
          break;
        default: L(e, "one report"); break;
      }
      L(e, "</span></h3>");
      for (size_t t = 0; t < sp->n_texts && t < 20; t++) {
        const nf_acc_quote_text *qt = &sp->texts[t];
        L(e, "<blockquote>");
        if (!qt->direct) L(e, "<span class=\"tag\">reported speech</span> ");
        L(e, "“");
        Nf_esc_text_clip(e, Nf_acc_ref_text(acc, qt->refs[0]), 400);
        L(e, "” ");
        for (size_t k = 0; k < qt->n_refs && k < 40; k++)
          ref_link(e, acc, story, qt->refs[k]);
        if (t > 0 && qt->statement != (uint32_t)t)
          L(e, "<span class=\"tag\">same statement, other words</span>");
        L(e, "</blockquote>");
      }
    }
  }

  // Framing.
  int32_t most = Nf_acc_most_loaded(acc);
  L(e,
    "<h2>How each report tells "
    "it</h2><table><tr><th>report</th><th>headline</th>"
    "<th>loaded terms</th><th>hedging</th><th>names as the actor of the "
    "killing</th>"
    "<th>words it uses more than the others</th></tr>");
  for (uint32_t r = 0; r < acc->n_reports; r++) {
    const nf_acc_framing *fr = &acc->framing[r];
    L(e, "<tr><td><a class=\"ref\" href=\"#s");
    Nf_esc_int(e, (int64_t)story + 1);
    L(e, "-r");
    Nf_esc_int(e, (int64_t)r + 1);
    L(e, "\">");
    Nf_esc_int(e, (int64_t)r + 1);
    L(e, "</a> ");
    T(e, Nf_acc_report_label(acc, r));
    if (most == (int32_t)r) L(e, " <span class=\"most\">most loaded</span>");
    if (fr->unsourced)
      L(e, "<br><span class=\"tag\">names no source for its figures</span>");
    L(e, "</td><td>");
    if (fr->headline.p) Nf_esc_text_clip(e, fr->headline, 200);
    L(e, "</td><td>");
    for (size_t i = 0; i < fr->n_loaded; i++) {
      L(e, "<span class=\"chip\" title=\"");
      Nf_esc_textz(e, fr->loaded[i].group);
      L(e, "\">");
      Nf_esc_textz(e, fr->loaded[i].term);
      if (fr->loaded[i].count > 1) {
        L(e, " ×");
        Nf_esc_int(e, fr->loaded[i].count);
      }
      L(e, "</span>");
    }
    if (fr->n_loaded) {
      L(e, "<br><span class=\"tag\">");
      Nf_esc_num(e, round(fr->loaded_per_1000 * 10) / 10);
      L(e, " per 1,000 words</span>");
    }
    L(e, "</td><td>");
    for (size_t i = 0; i < fr->n_hedges; i++) {
      L(e, "<span class=\"chip hedge\">");
      Nf_esc_textz(e, fr->hedges[i].term);
      L(e, "</span>");
    }
    L(e, "</td><td>");
    for (size_t i = 0; i < fr->n_agents; i++) {
      if (i) L(e, "<br>");
      L(e, "<a href=\"#");
      anchor(e, story, fr->agents[i].ref);
      L(e, "\">“");
      T(e, Nf_acc_ref_text(acc, fr->agents[i].ref));
      L(e, "”</a>");
      if (fr->agents[i].ref.in == NF_IN_TITLE)
        L(e, " <span class=\"tag\">headline</span>");
      if (fr->agents[i].attributed)
        L(e, " <span class=\"tag\">credited to others</span>");
    }
    L(e, "</td><td>");
    for (size_t i = 0; i < fr->n_distinctive; i++) {
      L(e, "<span class=\"chip word\" title=\"z = ");
      Nf_esc_num(e, round(fr->distinctive[i].z * 100) / 100);
      L(e, "\">");
      Nf_esc_textz(e, fr->distinctive[i].term);
      L(e, "</span>");
    }
    L(e, "</td></tr>");
  }
  L(e, "</table>");

  // Headline against body.
  if (acc->n_hchecks) {
    L(e, "<h2>Headline against body</h2>");
    for (size_t h = 0; h < acc->n_hchecks; h++) {
      const nf_acc_hcheck *hc = &acc->hchecks[h];
      L(e, "<div class=\"flag\">Report ");
      ref_link(e, acc, story, hc->headline);
      L(e, " headline “<b>");
      T(e, Nf_acc_ref_text(acc, hc->headline));
      L(e, "</b>”: ");
      switch (hc->kind) {
        case NF_HC_FIGURE: L(e, "the body gives no such figure"); break;
        case NF_HC_QUALIFIER: L(e, "the body gives a different figure"); break;
        case NF_HC_ACTOR: L(e, "the body does not name this actor"); break;
        default: L(e, "the body names this actor only as others’ claim"); break;
      }
      if (hc->body.report < acc->n_reports) {
        L(e, ". Body: ");
        quote_sentence(e, acc, hc->body);
        L(e, " ");
        ref_link(e, acc, story, hc->body);
      }
      L(e, "</div>");
    }
  }

  // Coverage.
  any = false;
  for (size_t g = 0; g < acc->n_figures; g++) {
    if (!acc->figures[g].major) continue;
    if (!any) {
      L(e, "<h2>Coverage</h2><table><tr><th>fact</th>");
      for (uint32_t r = 0; r < acc->n_reports && r < 60; r++) {
        L(e, "<th>");
        Nf_esc_int(e, (int64_t)r + 1);
        L(e, " ");
        Nf_esc_text_clip(e, Nf_acc_report_label(acc, r), 24);
        L(e, "</th>");
      }
      L(e, "</tr>");
      any = true;
    }
    L(e, "<tr><td><a href=\"#s");
    Nf_esc_int(e, (int64_t)story + 1);
    L(e, "-f");
    Nf_esc_int(e, (int64_t)g + 1);
    L(e, "\">");
    figure_name(e, &acc->figures[g]);
    L(e, "</a></td>");
    for (uint32_t r = 0; r < acc->n_reports && r < 60; r++) {
      int32_t v;
      const nf_acc_mention *m;
      nf_cover c = Nf_acc_coverage(acc, g, r, &v, &m);
      L(e, "<td class=\"");
      Nf_esc_textz(e, Nf_cover_name(c));
      L(e, "\">");
      if (v >= 0 && m) {
        L(e, "<a href=\"#");
        anchor(e, story, m->ref);
        L(e, "\">");
        value_words(e, &acc->figures[g].values[v]);
        L(e, "</a> <span class=\"tag\">");
        Nf_esc_textz(e, Nf_cover_name(c));
        L(e, "</span>");
      } else {
        L(e, "—");
      }
      L(e, "</td>");
    }
    L(e, "</tr>");
  }
  if (any) L(e, "</table>");

  // Single-report facts and omissions.
  any = false;
  for (size_t g = 0; g < acc->n_figures; g++)
    for (size_t v = 0; v < acc->figures[g].n_values; v++) {
      if (!Nf_acc_single_value(acc, g, v)) continue;
      if (!any) L(e, "<h2>Only one report says</h2><ul class=\"plain\">");
      any = true;
      const nf_acc_figure *f = &acc->figures[g];
      const nf_acc_mention *m = &f->values[v].mentions[0];
      L(e, "<li><b>");
      value_words(e, &f->values[v]);
      L(e, " ");
      figure_name(e, f);
      L(e, "</b>");
      if (f->values[v].superseded)
        L(e, " <span class=\"tag\">earlier figure</span>");
      L(e, " ");
      ref_link(e, acc, story, m->ref);
      L(e, " ");
      quote_sentence(e, acc, m->ref);
      L(e, "</li>");
    }
  if (any) L(e, "</ul>");
  any = false;
  for (uint32_t r = 0; r < acc->n_reports; r++) {
    bool row = false;
    for (size_t g = 0; g < acc->n_figures; g++) {
      if (!acc->figures[g].major || Nf_acc_states(acc, g, r)) continue;
      if (!any) L(e, "<h2>Left out</h2><ul class=\"plain\">");
      any = true;
      if (!row) {
        L(e, "<li>Report <a class=\"ref\" href=\"#s");
        Nf_esc_int(e, (int64_t)story + 1);
        L(e, "-r");
        Nf_esc_int(e, (int64_t)r + 1);
        L(e, "\">");
        Nf_esc_int(e, (int64_t)r + 1);
        L(e, "</a> ");
        T(e, Nf_acc_report_label(acc, r));
        L(e, " gives no figure for: ");
      } else {
        L(e, ", ");
      }
      row = true;
      figure_name(e, &acc->figures[g]);
    }
    if (row) L(e, "</li>");
  }
  if (any) L(e, "</ul>");

  reports_side_by_side(e, acc, story);
  L(e, "</article>\n");
  return e->st;
}
