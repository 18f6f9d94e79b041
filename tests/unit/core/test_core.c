// Core building blocks: arena, capped buffer, UTF-8 repair, hash map.
// cmocka needs these first; keep the order.
// clang-format off
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>
// clang-format on

#include "core/alloc.h"
#include "core/arena.h"
#include "core/buf.h"
#include "core/hash.h"
#include "core/str.h"
#include "core/utf8.h"

static void arena_allocates_aligned_and_frees_all(void **state) {
  (void)state;
  nf_arena a;
  Nf_arena_init(&a, NULL, 0);
  for (int i = 0; i < 10000; i++) {
    char *p = Nf_arena_alloc(&a, (size_t)(i % 97) + 1);
    assert_non_null(p);
    assert_int_equal((uintptr_t)p % 16, 0);
    memset(p, 0xAB, (size_t)(i % 97) + 1);
  }
  char *big = Nf_arena_alloc(&a, 1 << 20);
  assert_non_null(big);
  memset(big, 0, 1 << 20);
  assert_string_equal(Nf_arena_strndup(&a, "abcdef", 3), "abc");
  Nf_arena_fini(&a);
}

static void arena_refuses_past_its_cap(void **state) {
  (void)state;
  nf_arena a;
  Nf_arena_init(&a, NULL, 64 * 1024);
  assert_non_null(Nf_arena_alloc(&a, 1000));
  assert_null(Nf_arena_alloc(&a, 1 << 20));
  assert_null(Nf_arena_alloc(&a, SIZE_MAX - 8));
  Nf_arena_fini(&a);
}

static void buf_stops_at_max_and_keeps_content(void **state) {
  (void)state;
  nf_buf b;
  Nf_buf_init(&b, NULL, 10);
  assert_int_equal(Nf_buf_append(&b, "12345", 5), NF_OK);
  assert_int_equal(Nf_buf_printf(&b, "%d", 678), NF_OK);
  assert_int_equal(Nf_buf_append(&b, "abc", 3), NF_ETOOBIG);
  assert_int_equal(b.len, 8);
  assert_string_equal(b.data, "12345678");
  Nf_buf_fini(&b);
}

// UTF-8 repair cases: input bytes -> expected output bytes.
static const struct {
  const char *in;
  size_t in_len;
  const char *out;
} REPAIR[] = {
    {"plain ascii", 11, "plain ascii"},
    {"caf\xC3\xA9", 5, "caf\xC3\xA9"},
    {"bad \xFF byte", 10, "bad \xEF\xBF\xBD byte"},
    {"cut \xE2\x80", 6, "cut \xEF\xBF\xBD"},
    {"overlong \xC0\xAF", 11, "overlong \xEF\xBF\xBD"},  // one mark per bad run
    {"surrogate \xED\xA0\x80!", 14, "surrogate \xEF\xBF\xBD!"},
    {"nul\0byte", 8, "nulbyte"},
    {"crlf\r\nline\rend", 14, "crlf\nline\nend"},
    {"tab\tkept\x01", 9, "tab\tkept"},
    {"\xF0\x9F\x98\x80 emoji", 10, "\xF0\x9F\x98\x80 emoji"},
    {"latin1 \xE9t\xE9", 10, "latin1 \xEF\xBF\xBDt\xEF\xBF\xBD"},
};

static void utf8_repair_table(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof REPAIR / sizeof REPAIR[0]; i++) {
    nf_buf b;
    Nf_buf_init(&b, NULL, 0);
    assert_int_equal(Nf_utf8_repair(&b, REPAIR[i].in, REPAIR[i].in_len, NULL),
                     NF_OK);
    assert_string_equal(b.data, REPAIR[i].out);
    assert_true(Nf_utf8_valid(b.data, b.len));
    Nf_buf_fini(&b);
  }
}

static void utf8_clip_never_cuts_a_code_point(void **state) {
  (void)state;
  const char *s = "a\xC3\xA9\xE2\x82\xAC";  // a é €
  assert_int_equal(Nf_utf8_clip(s, 6), 6);
  assert_int_equal(Nf_utf8_clip(s, 5), 3);
  assert_int_equal(Nf_utf8_clip(s, 4), 3);
  assert_int_equal(Nf_utf8_clip(s, 2), 1);
}

static void hmap_counts_and_grows(void **state) {
  (void)state;
  nf_hmap m;
  Nf_hmap_init(&m, NULL, 42);
  char keys[1000][8];
  for (int i = 0; i < 1000; i++) {
    snprintf(keys[i], sizeof keys[i], "k%d", i);
    bool ins;
    uint64_t *v = Nf_hmap_put(&m, Nf_sv_cstr(keys[i]), &ins);
    assert_non_null(v);
    assert_true(ins);
    *v = (uint64_t)i;
  }
  for (int i = 0; i < 1000; i++) {
    uint64_t *v = Nf_hmap_get(&m, Nf_sv_cstr(keys[i]));
    assert_non_null(v);
    assert_int_equal(*v, i);
  }
  assert_null(Nf_hmap_get(&m, NF_SV_LIT("absent")));
  assert_int_equal(m.count, 1000);
  Nf_hmap_fini(&m);
}

static void sv_trim_handles_unicode_spaces(void **state) {
  (void)state;
  nf_sv t = Nf_sv_trim(Nf_sv_cstr("\xC2\xA0 hello \xE2\x80\x89\n"));
  assert_int_equal(t.n, 5);
  assert_memory_equal(t.p, "hello", 5);
  assert_true(Nf_sv_ifind(NF_SV_LIT("Read More: x"), NF_SV_LIT("more")) == 5);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(arena_allocates_aligned_and_frees_all),
      cmocka_unit_test(arena_refuses_past_its_cap),
      cmocka_unit_test(buf_stops_at_max_and_keeps_content),
      cmocka_unit_test(utf8_repair_table),
      cmocka_unit_test(utf8_clip_never_cuts_a_code_point),
      cmocka_unit_test(hmap_counts_and_grows),
      cmocka_unit_test(sv_trim_handles_unicode_spaces),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
