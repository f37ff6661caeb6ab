package index

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/vanban/vanban/extract"
)

func ptr[T any](v T) *T { return &v }

// testDocs are small documents written like real plans.
func testDocs() []Entry {
	mk := func(id, num, title, body, typ, prov, date string, cites []string, tg []extract.Target) Entry {
		d := extract.Document{ID: id, DocType: typ, Title: title,
			Issued:  extract.Issued{Date: date},
			Issuer:  extract.Issuer{Name: "Ủy ban nhân dân tỉnh " + prov, Level: extract.LevelProvince, Province: prov},
			Targets: tg}
		if num != "" {
			d.Number = &extract.Number{Text: num}
		}
		for _, c := range cites {
			d.Citations = append(d.Citations, extract.Citation{ID: c, Relation: extract.RelBasis, Date: "2021-05-11"})
		}
		d.Source.Path = "/in/" + id + ".txt"
		d.Normalize()
		return Entry{Doc: d, Text: title + "\n" + body}
	}
	return []Entry{
		mk("a1", "1960/KH-UBND", "Kế hoạch xây dựng xã hội học tập giai đoạn 2021-2030",
			"Khuyến khích học tập suốt đời cho mọi người dân. Ủy ban nhân dân các huyện triển khai.", "Kế hoạch", "Ninh Thuận", "2021-06-02",
			[]string{"1373/QĐ-TTg"}, []extract.Target{{Indicator: "gia đình đạt danh hiệu Gia đình học tập", Key: "gia_dinh_hoc_tap", Value: 70, Unit: "%", Op: ">=", Year: ptr(2025)}}),
		mk("a2", "25/KH-UBND", "Kế hoạch thực hiện Đề án học tập suốt đời",
			"UBND huyện chủ trì. Học tập suốt đời trong công nhân lao động.", "Kế hoạch", "Hà Giang", "2022-03-10",
			[]string{"1373/QĐ-TTg", "489/QĐ-TTg"}, []extract.Target{{Indicator: "gia đình học tập", Key: "gia_dinh_hoc_tap", Value: 60, Unit: "%", Op: ">=", Year: ptr(2025)}}),
		mk("a3", "10/QĐ-UBND", "Quyết định phê duyệt quy hoạch hoà bình",
			"Phát triển hòa bình và hợp tác; không nhắc việc học. UBND tỉnh giao Sở GD&ĐT.", "Quyết định", "Ninh Thuận", "2020-01-15", nil, nil),
		mk("a4", "", "Công văn về tập huấn",
			"Hộ nghèo được hỗ trợ. Sở Giáo dục và Đào tạo hướng dẫn.", "Công văn", "Đắk Lắk", "2023", nil, nil),
	}
}

func openTest(t *testing.T) (*Index, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "idx")
	x, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := x.Put(context.Background(), testDocs()); err != nil {
		t.Fatal(err)
	}
	return x, dir
}

func ids(r *Result) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.ID)
	}
	return out
}

func TestSearchVietnamese(t *testing.T) {
	x, _ := openTest(t)
	defer x.Close()
	ctx := context.Background()
	cases := []struct {
		q     string
		want  []string // these ids, in any order, all present
		first string   // expected first hit, "" if any
		none  []string
	}{
		{q: "học tập suốt đời", want: []string{"a1", "a2"}},
		{q: "hoc tap suot doi", want: []string{"a1", "a2"}},
		{q: "HỌC TẬP SUỐT ĐỜI", want: []string{"a1", "a2"}},
		{q: `"học tập suốt đời"`, want: []string{"a1", "a2"}, none: []string{"a3", "a4"}},
		{q: `"hoc tap suot doi"`, want: []string{"a1", "a2"}, none: []string{"a3", "a4"}},
		{q: `"Ủy ban nhân dân huyện"`, want: []string{"a2"}},
		{q: `"UBND các huyện"`, want: []string{"a1"}},
		{q: "hòa bình", want: []string{"a3"}},
		{q: "hoà bình", want: []string{"a3"}},
		{q: `"giáo dục và đào tạo"`, want: []string{"a3", "a4"}},
		{q: "GD&ĐT", want: []string{"a3", "a4"}},
		{q: "1960/KH-UBND", first: "a1"},
		{q: "ho ngheo", first: "a4"},
	}
	for _, c := range cases {
		r, err := x.Search(ctx, Request{Query: c.q, Size: 10, Highlight: true})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]bool{}
		for _, id := range ids(r) {
			got[id] = true
		}
		for _, w := range c.want {
			if !got[w] {
				t.Errorf("%q: %s missing from %v", c.q, w, ids(r))
			}
		}
		for _, w := range c.none {
			if got[w] {
				t.Errorf("%q: %s should not match (%v)", c.q, w, ids(r))
			}
		}
		if c.first != "" && (len(r.Hits) == 0 || r.Hits[0].ID != c.first) {
			t.Errorf("%q: first hit %v, want %s", c.q, ids(r), c.first)
		}
	}
}

func TestExactRankedFirst(t *testing.T) {
	x, _ := openTest(t)
	defer x.Close()
	// "hoà bình" (a3) and "học" both fold near "hoa"/"hoc"; the exact spelling
	// must rank the document that writes it first.
	r, err := x.Search(context.Background(), Request{Query: "học tập", Size: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Hits) < 2 || (r.Hits[0].ID != "a1" && r.Hits[0].ID != "a2") {
		t.Fatalf("exact matches not first: %v", ids(r))
	}
}

func TestFacetsAndFilters(t *testing.T) {
	x, _ := openTest(t)
	defer x.Close()
	ctx := context.Background()
	r, err := x.Search(ctx, Request{Facets: []string{"province", "doc_type", "year", "cites", "indicator"}, Size: 10})
	if err != nil {
		t.Fatal(err)
	}
	if r.Total != 4 {
		t.Fatalf("total %d, want 4 documents (targets must not count)", r.Total)
	}
	count := func(f, v string) int {
		for _, c := range r.Facets[f] {
			if c.Value == v {
				return c.Count
			}
		}
		return 0
	}
	checks := []struct {
		f, v string
		n    int
	}{
		{"province", "Ninh Thuận", 2}, {"province", "Hà Giang", 1}, {"doc_type", "Kế hoạch", 2},
		{"cites", "1373/QĐ-TTg", 2}, {"cites", "489/QĐ-TTg", 1}, {"indicator", "gia_dinh_hoc_tap", 2},
	}
	for _, c := range checks {
		if got := count(c.f, c.v); got != c.n {
			t.Errorf("facet %s=%s: %d, want %d (%v)", c.f, c.v, got, c.n, r.Facets[c.f])
		}
	}
	r, err = x.Search(ctx, Request{Query: "kế hoạch", Filters: map[string][]string{"province": {"ninh thuan"}, "year": {"2021"}}})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(r); len(got) != 1 || got[0] != "a1" {
		t.Fatalf("filters: %v, want [a1]", got)
	}
}

func TestTargetsCitedByNumber(t *testing.T) {
	x, _ := openTest(t)
	defer x.Close()
	ctx := context.Background()
	rows, err := x.Targets(ctx, TargetQuery{Key: "gia_dinh_hoc_tap", Year: 2025})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0].Locality != "Hà Giang" || rows[0].Value != 60 || rows[1].Number != "1960/KH-UBND" {
		t.Fatalf("targets: %+v", rows)
	}
	cb, err := x.CitedBy(ctx, "1373/QD-TTg")
	if err != nil {
		t.Fatal(err)
	}
	if len(cb) != 2 || cb[0].ID != "a1" || cb[0].Relation != extract.RelBasis || cb[0].CitationDate != "2021-05-11" {
		t.Fatalf("cited by: %+v", cb)
	}
	hits, err := x.ByNumber(ctx, "1960/kh-ubnd", 2021)
	if err != nil || len(hits) != 1 || hits[0].ID != "a1" {
		t.Fatalf("by number: %v %v", hits, err)
	}
	d, err := x.Doc(ctx, "a2")
	if err != nil || d.Number.Text != "25/KH-UBND" {
		t.Fatalf("doc: %+v %v", d, err)
	}
	if _, err := x.Doc(ctx, "zz"); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("missing doc: %v", err)
	}
}

func TestUpdateDeleteAndBusy(t *testing.T) {
	x, dir := openTest(t)
	ctx := context.Background()
	// Re-putting the same documents changes nothing; deleting removes targets.
	if err := x.Put(ctx, testDocs()); err != nil {
		t.Fatal(err)
	}
	n, _ := x.Count()
	if n != 6 {
		t.Fatalf("count after re-put %d, want 6 (4 docs + 2 targets)", n)
	}
	if err := x.Delete(ctx, []string{"a1"}); err != nil {
		t.Fatal(err)
	}
	if n, _ = x.Count(); n != 4 {
		t.Fatalf("count after delete %d, want 4", n)
	}
	// A second opener gets ErrBusy while the writer holds the index.
	if _, err := Open(dir, Options{ReadOnly: true, Timeout: 100e6}); !errors.Is(err, ErrBusy) {
		t.Fatalf("open while writing: %v, want ErrBusy", err)
	}
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
	r, err := Open(dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	res, err := r.Search(ctx, Request{Query: "hoc tap"})
	if err != nil || res.Total == 0 {
		t.Fatalf("read-only search: %v %v", res, err)
	}
}

// TestAgencyName checks that a body outside the lexicon keeps the name a
// document gave it, for the facet of agency keys; an unknown key has none.
func TestAgencyName(t *testing.T) {
	x, _ := openTest(t)
	defer x.Close()
	e := testDocs()[0]
	e.Doc.Agencies = []extract.Agency{{Name: "Báo Ninh Thuận", Key: "bao_ninh_thuan", Role: extract.RoleMentioned}}
	if err := x.Put(context.Background(), []Entry{e}); err != nil {
		t.Fatal(err)
	}
	if got := x.AgencyName("bao_ninh_thuan"); got != "Báo Ninh Thuận" {
		t.Errorf("AgencyName = %q, want Báo Ninh Thuận", got)
	}
	if got := x.AgencyName("khong_co"); got != "" {
		t.Errorf("AgencyName of an unknown key = %q", got)
	}
}
