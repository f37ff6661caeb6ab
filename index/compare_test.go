package index

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/vanban/vanban/extract"
)

func ip(n int) *int { return &n }

func TestAggregateMedianOverLocalities(t *testing.T) {
	rows := []TargetRow{
		{Locality: "Cẩm Thủy", Province: "Thanh Hóa", Province2025: "Thanh Hóa", Key: "k", Value: 60, Unit: "%", Year: ip(2025)},
		{Locality: "Cẩm Thủy", Province: "Thanh Hóa", Province2025: "Thanh Hóa", Key: "k", Value: 80, Unit: "%", Year: ip(2025)},
		{Locality: "Cẩm Thành", Province: "Thanh Hóa", Province2025: "Thanh Hóa", Key: "k", Value: 90, Unit: "%", Year: ip(2025)},
		{Locality: "Nga Sơn", Province: "Thanh Hóa", Province2025: "Thanh Hóa", Key: "k", Value: 50, Unit: "%", Year: ip(2025)},
		{Locality: "Bình Dương", Province: "Bình Dương", Province2025: "Hồ Chí Minh", Key: "k", Value: 40, Unit: "%", Year: ip(2025)},
	}
	got := Aggregate(rows, ByProvince2025)
	if len(got) != 2 {
		t.Fatalf("got %d groups, want 2: %+v", len(got), got)
	}
	hcm, th := got[0], got[1]
	if hcm.Province != "Hồ Chí Minh" || hcm.Median != 40 || hcm.Localities != 1 {
		t.Errorf("HCM group = %+v", hcm)
	}
	// Cẩm Thủy counts once with its median 70: localities 50, 70, 90.
	if th.Localities != 3 || th.Rows != 4 || th.Min != 50 || th.Median != 70 || th.Max != 90 {
		t.Errorf("Thanh Hóa group = %+v", th)
	}
}

func TestMatchIndicator(t *testing.T) {
	r := TargetRow{Key: "cong_dan_hoc_tap", Indicator: "Công dân học tập"}
	other := TargetRow{Indicator: "gia đình được công nhận danh hiệu Gia đình học tập"}
	tests := []struct {
		row  *TargetRow
		want string
		ok   bool
	}{
		{&r, "cong_dan_hoc_tap", true},
		{&r, "cong dan hoc tap", true},
		{&r, "Công dân", true},
		{&r, "gia dinh", false},
		{&other, "cong dan hoc tap", false}, // "danh" is not "dan"
		{&other, "gia đình học tập", true},
		{&other, "", true},
	}
	for _, tc := range tests {
		if got := MatchIndicator(tc.row, tc.want); got != tc.ok {
			t.Errorf("MatchIndicator(%q, %q) = %v, want %v", tc.row.Indicator, tc.want, got, tc.ok)
		}
	}
}

func FuzzMatchIndicator(f *testing.F) {
	f.Add("Tỷ lệ hộ nghèo", "ho ngheo")
	f.Add("", "_ _")
	f.Fuzz(func(t *testing.T, ind, want string) {
		r := TargetRow{Indicator: ind}
		MatchIndicator(&r, want)
		agg := Aggregate([]TargetRow{r, {Indicator: want, Value: 1}}, ByProvince)
		for _, a := range agg {
			if a.Min > a.Median || a.Median > a.Max || a.Localities < 1 {
				t.Fatalf("bad aggregate %+v", a)
			}
		}
	})
}

func cascDoc(id, num, date, prov string, cites ...extract.Citation) extract.Document {
	d := extract.Document{ID: id, DocType: "Kế hoạch", Issued: extract.Issued{Date: date}, Citations: cites}
	d.Issuer.Province = prov
	if num != "" {
		n, sym, _ := strings.Cut(num, "/")
		d.Number = &extract.Number{Text: num, Num: n, Symbol: sym}
	}
	return d
}

func TestCascadeFollowsNumbers(t *testing.T) {
	qd := extract.Citation{ID: "1373/QĐ-TTg", Type: "Quyết định", Date: "2021-07-30", Relation: extract.RelImplement}
	docs := MemSource{
		cascDoc("a1", "50/KH-UBND", "2021-10-01", "Thanh Hóa", qd),
		// cites the Thanh Hóa plan by number and date
		cascDoc("b1", "66/KH-UBND", "2021-11-15", "Thanh Hóa",
			extract.Citation{ID: "50/KH-UBND", Date: "2021-10-01", Relation: extract.RelImplement}),
		// the same number from another year: not a child of a1
		cascDoc("c1", "7/KH-UBND", "2023-01-10", "Gia Lai",
			extract.Citation{ID: "50/KH-UBND", Date: "2022-03-03", Relation: extract.RelImplement}),
		cascDoc("d1", "", "2022-03", "Thanh Hóa",
			extract.Citation{ID: "66/KH-UBND", Date: "2021-11-15", Relation: extract.RelBasis}),
	}
	root, err := Cascade(context.Background(), docs, "1373/QD-TTg", CascadeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if root.InCorpus || root.Date != "2021-07-30" || root.Type != "Quyết định" {
		t.Fatalf("root = %+v", root)
	}
	if len(root.Children) != 1 || root.Children[0].Doc.ID != "a1" {
		t.Fatalf("children = %+v", root.Children)
	}
	a := root.Children[0]
	if a.DelayDays == nil || *a.DelayDays != 63 {
		t.Errorf("delay = %v, want 63", a.DelayDays)
	}
	if len(a.Children) != 1 || a.Children[0].Doc.ID != "b1" {
		t.Fatalf("a1 children = %+v", a.Children)
	}
	b := a.Children[0]
	if len(b.Children) != 1 || b.Children[0].Doc.ID != "d1" || b.Children[0].DelayDays != nil {
		t.Fatalf("b1 children = %+v", b.Children)
	}
}

func TestExportCSVRoundTrip(t *testing.T) {
	d := cascDoc("x1", "12/KH-UBND", "2022-05-06", "Thừa Thiên Huế",
		extract.Citation{ID: "1373/QĐ-TTg", Date: "2021-07-30", Relation: extract.RelImplement})
	d.Title = `Kế hoạch "xây dựng xã hội học tập", giai đoạn 2021–2030
dòng hai`
	d.Targets = []extract.Target{{Indicator: "công dân học tập", Key: "cong_dan_hoc_tap", Value: 70, Unit: "%", Op: ">=", Year: ip(2025)}}
	for _, what := range []string{WhatDocuments, WhatTargets, WhatCitations} {
		var buf bytes.Buffer
		ex, err := NewExporter(&buf, FormatCSV, what, "")
		if err != nil {
			t.Fatal(err)
		}
		if err := ex.Add(&d); err != nil {
			t.Fatal(err)
		}
		if err := ex.Close(); err != nil {
			t.Fatal(err)
		}
		b := buf.Bytes()
		if !bytes.HasPrefix(b, []byte("\ufeff")) {
			t.Fatalf("%s: no BOM", what)
		}
		recs, err := csv.NewReader(bytes.NewReader(b[3:])).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if len(recs) != 2 || len(recs[0]) != len(recs[1]) {
			t.Fatalf("%s: records %q", what, recs)
		}
		joined := strings.Join(recs[1], "|")
		if what == WhatDocuments && recs[1][4] != d.Title {
			t.Errorf("title round trip: %q", recs[1][4])
		}
		if what == WhatTargets && !strings.Contains(joined, "Thừa Thiên Huế|") {
			t.Errorf("targets row %q", joined)
		}
		if what == WhatCitations && !strings.Contains(joined, "|1373/QĐ-TTg|") {
			t.Errorf("citations row %q", joined)
		}
	}
}

func TestExportOpenSearchBulk(t *testing.T) {
	d := cascDoc("x1", "12/KH-UBND", "2022-05-06", "Huế")
	d.Normalize()
	var buf bytes.Buffer
	ex, err := NewExporter(&buf, FormatOpenSearch, WhatDocuments, "")
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		if err := ex.Add(&d); err != nil {
			t.Fatal(err)
		}
	}
	if err := ex.Close(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(&buf)
	n := 0
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("line %d not JSON: %v", n+1, err)
		}
		if n%2 == 0 {
			a, ok := m["index"].(map[string]any)
			if !ok || a["_index"] != "vanban-documents" || a["_id"] != "x1" {
				t.Fatalf("line %d is not an action: %v", n+1, m)
			}
		} else if m["id"] != "x1" {
			t.Fatalf("line %d is not the document: %v", n+1, m)
		}
		n++
	}
	if n != 6 {
		t.Fatalf("%d lines, want 6", n)
	}
	tpl, err := OpenSearchTemplate("vanban-*")
	if err != nil || !bytes.Contains(tpl, []byte("icu_folding")) || !bytes.Contains(tpl, []byte("asciifolding")) {
		t.Fatalf("template: %v %s", err, tpl)
	}
}
