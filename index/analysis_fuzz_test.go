package index

import (
	"context"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/vanban/vanban/rules"
)

// FuzzAnalyze runs both Vietnamese analyzers (with the built-in
// abbreviations) over arbitrary text: no panic, every token's offsets lie
// within the input, on rune boundaries (of valid UTF-8), and its term is not empty.
func FuzzAnalyze(f *testing.F) {
	rs, err := rules.Builtin()
	if err != nil {
		f.Fatal(err)
	}
	im, err := newMapping(rs)
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"UBND tỉnh Ninh Thuận giao Sở GD&ĐT chủ trì; HĐND huyện giám sát.",
		"Ủy ban nhân dân tỉnh ban hành Quyết định số 1960/QĐ-UBND ngày 02/6/2021.",
		"HỌC TẬP SUỐT ĐỜI hoà bình hòa bình thuý thúy quý",
		"UBND UBND\u00a0\u0301\u0303 \xff\xfe QĐ-",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		valid := utf8.ValidString(s)
		for _, name := range []string{ExactAnalyzer, FoldedAnalyzer} {
			a := im.AnalyzerNamed(name)
			if a == nil {
				t.Fatalf("no analyzer %s", name)
			}
			for _, tok := range a.Analyze([]byte(s)) {
				if tok.Start < 0 || tok.End > len(s) || tok.Start > tok.End {
					t.Fatalf("%s: token %q at %d..%d outside %d bytes of %q", name, tok.Term, tok.Start, tok.End, len(s), s)
				}
				// Indexed text is valid UTF-8 (readers decode it); in
				// invalid input a stray continuation byte is no boundary.
				if valid && (tok.Start < len(s) && !utf8.RuneStart(s[tok.Start]) || tok.End < len(s) && !utf8.RuneStart(s[tok.End])) {
					t.Fatalf("%s: token %q at %d..%d not on rune boundaries of %q", name, tok.Term, tok.Start, tok.End, s)
				}
				if len(tok.Term) == 0 {
					t.Fatalf("%s: empty term at %d..%d of %q", name, tok.Start, tok.End, s)
				}
			}
		}
	})
}

// FuzzSearchRequest builds and runs requests from arbitrary query text,
// filters and paging over a small index: no panic, no more hits than asked,
// hits within the total, facet counts positive.
func FuzzSearchRequest(f *testing.F) {
	x, err := Open(filepath.Join(f.TempDir(), "idx"), Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { x.Close() })
	if err := x.Put(context.Background(), testDocs()); err != nil {
		f.Fatal(err)
	}
	f.Add(`"học tập suốt đời" UBND`, "province", "ninh thuan", 0, 5, true)
	f.Add(`hoc tap "`, "year", "2021", 1, 0, false)
	f.Add(`“Ủy ban nhân dân” 1960/KH-UBND`, "doc_type", "Kế hoạch", 0, 10, true)
	f.Add("\"\"\" * ? + - && || ( ) ~ ^2 field:value", "value", "abc", -3, -1, true)
	f.Add("", "agency", "so_giao_duc_va_dao_tao", 1<<30, 1<<20, false)
	f.Fuzz(func(t *testing.T, q, field, value string, from, size int, hl bool) {
		if size > 1000 {
			size %= 1000
		}
		if from > 1000 || from < 0 {
			from = 0
		}
		req := Request{Query: q, From: from, Size: size, Highlight: hl, Facets: FacetFields,
			Filters: map[string][]string{field: {value}}}
		r, err := x.Search(context.Background(), req)
		if err != nil {
			return // a bad request may fail, never panic
		}
		want := size
		if want <= 0 {
			want = 10
		}
		if len(r.Hits) > want || uint64(len(r.Hits)) > r.Total {
			t.Fatalf("%d hits of %d for size %d", len(r.Hits), r.Total, size)
		}
		for name, fc := range r.Facets {
			for _, c := range fc {
				if c.Count <= 0 || uint64(c.Count) > r.Total {
					t.Fatalf("facet %s: %+v of %d", name, c, r.Total)
				}
			}
		}
	})
}
