// Shingles, MinHash and LSH keys, winnowing, and passage alignment
// (src/group/shingle).
// cmocka needs these first; keep the order.
// clang-format off
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
// clang-format on

#include "core/alloc.h"
#include "group/shingle.h"

static const uint64_t SEED = 42;

static const char LEAD[] =
    "Fighting between government forces and loyalists of the former "
    "president spread along the coast on Friday, and the monitor said the "
    "toll had passed one thousand people across three provinces.";
static const char BODY[] =
    "Security forces sealed the roads into the port city after gunmen "
    "attacked a checkpoint near the hospital late on Thursday night. The "
    "interior ministry said reinforcements had been sent from the capital "
    "and that a curfew would stay in place until further notice. Residents "
    "described hours of gunfire in the old quarter and said many families "
    "had fled to the mountains with whatever they could carry.";
static const char OTHER[] =
    "The central bank kept its main interest rate unchanged on Wednesday "
    "and signalled that inflation was slowing faster than expected, "
    "sending the currency to its strongest level in two years against the "
    "dollar while bond yields fell across the curve.";

static nf_shingle *shingles(const char *text, size_t *n, size_t *words) {
  nf_shingle *sh;
  assert_int_equal(Nf_shingles(&Nf_default_allocator, Nf_sv_cstr(text), SEED,
                               NULL, 0, 100000, &sh, n, words),
                   NF_OK);
  return sh;
}

static void shingles_leave_out_quotes_and_short_texts(void **state) {
  (void)state;
  size_t n, words;
  nf_shingle *sh = shingles("one two three four", &n, &words);
  assert_int_equal(n, 0);
  assert_int_equal(words, 4);
  free(sh);
  sh = shingles("one two three four five six", &n, &words);
  assert_int_equal(n, 2);
  assert_int_equal(sh[0].start, 0);
  assert_int_equal(sh[0].end, strlen("one two three four five"));
  free(sh);
  // Quoted words do not count: the shingles bridge the quotation.
  nf_shingle *a =
      shingles("he said \"we shall never leave\" to them all", &n, &words);
  assert_int_equal(words, 5);
  size_t n2, w2;
  nf_shingle *b = shingles("He said to them all.", &n2, &w2);
  assert_int_equal(n, 1);
  assert_int_equal(n2, 1);
  assert_true(a[0].hash == b[0].hash);
  free(a);
  free(b);
  // Skipped ranges are left out.
  const char *t = "alpha beta gamma delta epsilon zeta eta theta";
  nf_range skip[] = {{6, 17}};  // "beta gamma"
  assert_int_equal(Nf_shingles(&Nf_default_allocator, Nf_sv_cstr(t), SEED, skip,
                               1, 100, &sh, &n, &words),
                   NF_OK);
  assert_int_equal(words, 6);
  assert_int_equal(n, 2);
  free(sh);
}

static void minhash_estimates_jaccard(void **state) {
  (void)state;
  // Synthetic sets: A = 0..199, B = 100..299 (J = 1/3); C = A.
  nf_shingle a[200], b[200];
  for (int i = 0; i < 200; i++) {
    a[i] = (nf_shingle){(uint64_t)i * 0x9E3779B97F4A7C15ull + 1, 0, 0};
    b[i] = (nf_shingle){(uint64_t)(i + 100) * 0x9E3779B97F4A7C15ull + 1, 0, 0};
  }
  uint32_t sa[NF_MINHASH_K], sb[NF_MINHASH_K], sc[NF_MINHASH_K];
  Nf_minhash(a, 200, SEED, sa);
  Nf_minhash(b, 200, SEED, sb);
  Nf_minhash(a, 200, SEED, sc);
  int same = 0;
  for (int i = 0; i < NF_MINHASH_K; i++) same += sa[i] == sb[i];
  double est = (double)same / NF_MINHASH_K;
  assert_true(est > 0.15 && est < 0.55);
  assert_memory_equal(sa, sc, sizeof sa);
  // Another seed gives another signature.
  Nf_minhash(a, 200, SEED + 1, sc);
  assert_memory_not_equal(sa, sc, sizeof sa);
  // No shingle: all UINT32_MAX.
  Nf_minhash(a, 0, SEED, sc);
  for (int i = 0; i < NF_MINHASH_K; i++) assert_int_equal(sc[i], UINT32_MAX);
}

static void lsh_keys_follow_bands(void **state) {
  (void)state;
  uint32_t sig[NF_MINHASH_K], k1[NF_LSH_BANDS], k2[NF_LSH_BANDS];
  for (int i = 0; i < NF_MINHASH_K; i++) sig[i] = (uint32_t)i * 7919u;
  Nf_lsh_keys(sig, SEED, k1);
  sig[NF_LSH_ROWS * 3] ^= 1;  // change one row of band 3
  Nf_lsh_keys(sig, SEED, k2);
  for (int b = 0; b < NF_LSH_BANDS; b++) {
    if (b == 3)
      assert_int_not_equal(k1[b], k2[b]);
    else
      assert_int_equal(k1[b], k2[b]);
  }
  // Equal rows in two bands still give two keys.
  uint32_t flat[NF_MINHASH_K] = {0};
  Nf_lsh_keys(flat, SEED, k1);
  assert_int_not_equal(k1[0], k1[1]);
}

static void winnowing_covers_every_window(void **state) {
  (void)state;
  enum { N = 500 };
  nf_shingle sh[N];
  uint64_t x = 12345;
  for (int i = 0; i < N; i++) {
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    sh[i] = (nf_shingle){x, (uint32_t)i * 10, (uint32_t)i * 10 + 9};
  }
  nf_fp fp[N];
  size_t n = Nf_winnow(sh, N, NF_WINNOW_WINDOW, fp, N);
  // About 2 / (w + 1) of the shingles.
  assert_true(n > N / (NF_WINNOW_WINDOW + 1) &&
              n < 4 * N / (NF_WINNOW_WINDOW + 1));
  // Every window of w shingles holds a kept one (fingerprints keep their
  // positions through start = 10 * index).
  for (int w = 0; w + NF_WINNOW_WINDOW <= N; w++) {
    bool found = false;
    for (size_t k = 0; k < n && !found; k++) {
      int at = (int)(fp[k].start / 10);
      found = at >= w && at < w + NF_WINNOW_WINDOW;
    }
    assert_true(found);
  }
  // Fewer shingles than a window: one fingerprint.
  assert_int_equal(Nf_winnow(sh, 3, NF_WINNOW_WINDOW, fp, N), 1);
  assert_int_equal(Nf_winnow(sh, 0, NF_WINNOW_WINDOW, fp, N), 0);
}

typedef struct aligned {
  size_t n_pass, covered, words_a, words_b;
  nf_passage pass[16];
} aligned;

static aligned align(const char *a_text, const char *b_text) {
  aligned r;
  size_t na, nb;
  nf_shingle *a = shingles(a_text, &na, &r.words_a);
  nf_shingle *b = shingles(b_text, &nb, &r.words_b);
  nf_fp *fp = calloc(na + 1, sizeof *fp);
  size_t nfp = Nf_winnow(a, na, NF_WINNOW_WINDOW, fp, na + 1);
  assert_int_equal(Nf_align(&Nf_default_allocator, fp, nfp, b, nb, r.pass, 16,
                            &r.n_pass, &r.covered),
                   NF_OK);
  free(a);
  free(b);
  free(fp);
  return r;
}

static char *join(const char *x, const char *y) {
  size_t n = strlen(x) + strlen(y) + 3;
  char *s = malloc(n);
  snprintf(s, n, "%s\n\n%s", x, y);
  return s;
}

static void align_copy_with_new_lead(void **state) {
  (void)state;
  // b rewrites a with a new first paragraph.
  char *b = join(LEAD, BODY);
  aligned r = align(BODY, b);
  assert_int_equal(r.n_pass, 1);
  size_t lead_len = strlen(LEAD) + 2;
  // In b the passage starts in the body, within a window of its start.
  assert_true(r.pass[0].b_start >= lead_len);
  assert_true(r.pass[0].b_start < lead_len + 80);
  assert_true(r.pass[0].b_end > strlen(b) - 80);
  assert_true(r.pass[0].a_start < 80);
  assert_true(r.pass[0].a_end > strlen(BODY) - 80);
  // Nearly all of the shorter report is shared.
  assert_true((double)r.covered / (double)r.words_a > 0.8);
  free(b);
}

static void align_identical_and_unrelated(void **state) {
  (void)state;
  aligned r = align(BODY, BODY);
  assert_int_equal(r.n_pass, 1);
  // The ends of a passage are known to within a window of words.
  assert_true(r.covered <= r.words_b);
  assert_true(r.covered + 2 * NF_WINNOW_WINDOW >= r.words_b);
  r = align(BODY, OTHER);
  assert_int_equal(r.n_pass, 0);
  assert_int_equal(r.covered, 0);
}

static void align_quote_only_is_not_shared(void **state) {
  (void)state;
  const char *a =
      "The minister spoke to reporters in the capital on Monday. \"We will "
      "rebuild every school and every hospital that was destroyed in this "
      "war, whatever it costs and however long it takes,\" she said.";
  const char *b =
      "Opposition leaders dismissed the plan as an empty promise before the "
      "election. \"We will rebuild every school and every hospital that was "
      "destroyed in this war, whatever it costs and however long it takes,\" "
      "the minister had told a rally in the north.";
  aligned r = align(a, b);
  assert_int_equal(r.n_pass, 0);
}

static void align_reordered_paragraphs(void **state) {
  (void)state;
  char *a = join(LEAD, BODY);
  char *b = join(BODY, LEAD);
  aligned r = align(a, b);
  assert_int_equal(r.n_pass, 2);
  // In b order: the body first, then the lead.
  assert_true(r.pass[0].b_start < r.pass[1].b_start);
  assert_true(r.pass[0].a_start > r.pass[1].a_start);
  free(a);
  free(b);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(shingles_leave_out_quotes_and_short_texts),
      cmocka_unit_test(minhash_estimates_jaccard),
      cmocka_unit_test(lsh_keys_follow_bands),
      cmocka_unit_test(winnowing_covers_every_window),
      cmocka_unit_test(align_copy_with_new_lead),
      cmocka_unit_test(align_identical_and_unrelated),
      cmocka_unit_test(align_quote_only_is_not_shared),
      cmocka_unit_test(align_reordered_paragraphs),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
