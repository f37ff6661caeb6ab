package index

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/vanban/vanban/extract"
)

// seedCascade holds the three seed plans that implement 1373/QĐ-TTg, with
// their citations as the texts state them (seeds 000, 002, 004).
func seedCascade() MemSource {
	cite := func(id, typ, date, issuer, rel string) extract.Citation {
		return extract.Citation{ID: id, Type: typ, Date: date, Issuer: issuer, Relation: rel}
	}
	qd1373 := cite("1373/QĐ-TTg", "Quyết định", "2021-07-30", "Thủ tướng Chính phủ", extract.RelBasis)
	camThanh := cascDoc("000", "/KH-UBND", "2022-03", "Thanh Hóa", qd1373,
		cite("50/KH-UBND", "Kế hoạch", "2022-03-02", "UBND tỉnh Thanh Hóa", extract.RelBasis),
		cite("66/KH-UBND", "Kế hoạch", "2022-03-17", "UBND huyện Cẩm Thủy", extract.RelBasis),
		cite("89/QĐ-TTg", "Quyết định", "2013-01-09", "Thủ tướng Chính phủ", extract.RelBasis),
		cite("11-CT/TW", "Chỉ thị", "2007-04-13", "Bộ Chính trị", extract.RelBasis),
		cite("489/QĐ-TTg", "Quyết định", "2020-04-08", "Thủ tướng Chính phủ", extract.RelBasis),
		cite("1582/QĐ-UBND", "Quyết định", "", "", extract.RelReference))
	camThanh.Issuer = extract.Issuer{Name: "Ủy ban nhân dân xã Cẩm Thành", Level: extract.LevelCommune,
		Province: "Thanh Hóa", District: "Cẩm Thủy", Commune: "Cẩm Thành"}
	binhDuong := cascDoc("002", "3853/KH-UBND", "2022-07-29", "Bình Dương", qd1373,
		cite("387/QĐ-TTg", "Quyết định", "2022-03-25", "Thủ tướng Chính phủ", extract.RelBasis),
		cite("1144/KH-UBND", "Kế hoạch", "2022-03-16", "UBND tỉnh Bình Dương", extract.RelImplement))
	binhDuong.Issuer = extract.Issuer{Name: "Ủy ban nhân dân tỉnh Bình Dương", Level: extract.LevelProvince, Province: "Bình Dương"}
	canDuoc := cascDoc("004", "/KH-BCĐ", "2024-02", "Long An",
		cite("1315/QĐ-TTg", "Quyết định", "2023-11-09", "Thủ tướng Chính phủ", extract.RelBasis),
		cite("3607/KH-UBND", "Kế hoạch", "2023-12-11", "UBND tỉnh", extract.RelBasis),
		cite("2796/KH-UBND", "Kế hoạch", "2021-08-30", "UBND tỉnh", extract.RelReference),
		cite("1373/QĐ-TTg", "Quyết định", "2021-07-30", "Thủ tướng Chính phủ", extract.RelReference))
	canDuoc.Issuer = extract.Issuer{Name: "Ban Chỉ đạo xây dựng xã hội học tập huyện Cần Đước", Level: extract.LevelDistrict,
		Province: "Long An", District: "Cần Đước"}
	// A Kbang letter citing other documents only.
	kbang := cascDoc("003", "1132/UBND-VX", "2021-08-10", "Gia Lai",
		cite("14/CT-TTg", "Chỉ thị", "2021-05-25", "Thủ tướng Chính phủ", extract.RelImplement))
	return MemSource{camThanh, binhDuong, canDuoc, kbang}
}

// cascLine renders an edge as "number@date(delay)" for comparisons.
func cascLine(e CascadeEdge) string {
	s := e.Doc.Number + "@" + e.Doc.Date
	if !e.InCorpus {
		s += "*"
	}
	switch {
	case e.DelayDays != nil:
		s += "+" + itoa(*e.DelayDays)
	case len(e.DelayRange) == 2:
		s += "+" + itoa(e.DelayRange[0]) + ".." + itoa(e.DelayRange[1])
	}
	return s
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// cascFlat renders a tree as indented lines.
func cascFlat(edges []CascadeEdge, indent string, out *[]string) {
	for _, e := range edges {
		*out = append(*out, indent+cascLine(e))
		cascFlat(e.Children, indent+"  ", out)
	}
}

func TestCascadeSeeds(t *testing.T) {
	root, err := Cascade(context.Background(), seedCascade(), "1373/QĐ-TTg", CascadeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if root.InCorpus || root.Date != "2021-07-30" || root.Issuer != "Thủ tướng Chính phủ" || root.CitedBy != 3 {
		t.Fatalf("root = %+v", root)
	}
	var got []string
	cascFlat(root.Children, "", &got)
	// Not-in-corpus plans (*) are placed from the commune's and the
	// district's citations; partial dates give a range of delays.
	want := []string{
		"2796/KH-UBND@2021-08-30*+31",
		"  /KH-BCĐ@2024-02+885..913",
		"50/KH-UBND@2022-03-02*+215",
		"  66/KH-UBND@2022-03-17*+15",
		"    /KH-UBND@2022-03+0..14",
		"3853/KH-UBND@2022-07-29+364",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("cascade:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if rel := root.Children[2].Relation; rel != extract.RelBasis {
		t.Errorf("Bình Dương relation = %q", rel)
	}
	if iss := root.Children[0].Doc.Issuer; iss != "UBND tỉnh Long An" {
		t.Errorf("issuer of the Long An plan = %q, want the province of the district citing it", iss)
	}
	// The commune plan also cites 489/QĐ-TTg (2020), but its provincial
	// plan of 2022 implements the decision of 2021: no chain under 489.
	root, err = Cascade(context.Background(), seedCascade(), "489/QĐ-TTg", CascadeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got = got[:0]
	cascFlat(root.Children, "", &got)
	if want := "/KH-UBND@2022-03+692..722"; strings.Join(got, "\n") != want {
		t.Errorf("cascade of 489/QĐ-TTg:\n%s\nwant %s", strings.Join(got, "\n"), want)
	}
}

func TestCascadeCapsChildren(t *testing.T) {
	qd := extract.Citation{ID: "1373/QĐ-TTg", Date: "2021-07-30", Relation: extract.RelImplement}
	var docs MemSource
	for _, id := range []string{"a", "b", "c", "d", "e"} {
		docs = append(docs, cascDoc(id, "", "2022-01-0"+string(rune('1'+len(docs))), "Huế", qd))
	}
	root, err := Cascade(context.Background(), docs, "1373/QĐ-TTg", CascadeOptions{MaxChildren: 2, Budget: 4})
	if err != nil {
		t.Fatal(err)
	}
	if len(root.Children) != 2 || root.More != 3 || root.CitedBy != 5 {
		t.Fatalf("children %d more %d partial %v cited by %d", len(root.Children), root.More, root.Partial, root.CitedBy)
	}
	if root.Children[0].Doc.ID != "a" {
		t.Errorf("oldest first: got %s", root.Children[0].Doc.ID)
	}
}

func TestCascadeSiblings(t *testing.T) {
	qd := extract.Citation{ID: "1373/QĐ-TTg", Date: "2021-07-30", Relation: extract.RelImplement}
	prov := cascDoc("p", "50/KH-UBND", "2022-03-02", "Thanh Hóa", qd)
	prov.Issuer.Level = extract.LevelProvince
	// The district cites both the decision and the provincial plan: it
	// belongs under the plan.
	dist := cascDoc("d", "66/KH-UBND", "2022-03-17", "Thanh Hóa", qd,
		extract.Citation{ID: "50/KH-UBND", Date: "2022-03-02", Issuer: "UBND tỉnh Thanh Hóa", Relation: extract.RelImplement})
	dist.Issuer.Level = extract.LevelDistrict
	root, err := Cascade(context.Background(), MemSource{dist, prov}, "1373/QĐ-TTg", CascadeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	cascFlat(root.Children, "", &got)
	want := "50/KH-UBND@2022-03-02+215\n  66/KH-UBND@2022-03-17+15"
	if strings.Join(got, "\n") != want {
		t.Fatalf("cascade:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
}

func TestCascIssuerRank(t *testing.T) {
	tests := []struct {
		issuer string
		want   int
	}{
		{"Thủ tướng Chính phủ", 0},
		{"Bộ Chính trị", 0},
		{"Bộ Giáo dục và Đào tạo", 0},
		{"UBND tỉnh Thanh Hóa", 1},
		{"Ủy ban nhân dân thành phố Hồ Chí Minh", 1},
		{"UBND huyện Cẩm Thủy", 2},
		{"Ủy ban nhân dân thị xã Bỉm Sơn", 2},
		{"Ủy ban nhân dân xã Cẩm Thành", 3},
		{"UBND phường Bến Nghé", 3},
		{"Ban Chỉ đạo xây dựng xã hội học tập huyện Cần Đước", 2}, // "xã hội" is no commune
		{"Hội đồng các cơ quan địa phương", -1},                   // neither "quận" nor "phường"
		{"", -1},
	}
	for _, tc := range tests {
		if got := cascIssuerRank(tc.issuer); got != tc.want {
			t.Errorf("cascIssuerRank(%q) = %d, want %d", tc.issuer, got, tc.want)
		}
	}
}

func FuzzCascade(f *testing.F) {
	f.Add("1373/QĐ-TTg", "2021-07-30", "UBND tỉnh", "2022-03", "50/KH-UBND")
	f.Add("", "", "", "", "")
	f.Fuzz(func(t *testing.T, id, date, issuer, date2, num string) {
		c := extract.Citation{ID: id, Date: date, Issuer: issuer, Relation: extract.RelBasis}
		c2 := extract.Citation{ID: num, Date: date2, Issuer: issuer}
		docs := MemSource{cascDoc("a", num, date2, issuer, c), cascDoc("b", id, date, "", c2), cascDoc("c", "", date2, "", c, c2)}
		root, err := Cascade(context.Background(), docs, id, CascadeOptions{Depth: 4})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		var walk func([]CascadeEdge)
		walk = func(es []CascadeEdge) {
			for _, e := range es {
				if e.InCorpus {
					n++
				}
				if len(e.DelayRange) == 2 && (e.DelayRange[0] < 0 || e.DelayRange[0] > e.DelayRange[1]) {
					t.Fatalf("bad delay range %v", e.DelayRange)
				}
				walk(e.Children)
			}
		}
		walk(root.Children)
		if n > len(docs) {
			t.Fatalf("%d corpus nodes from %d documents", n, len(docs))
		}
	})
}

func TestCascChainRelations(t *testing.T) {
	p := &cascNode{number: "1373/QĐ-TTg", date: "2021-07-30", rank: 0}
	plan := extract.Citation{ID: "50/KH-UBND", Date: "2022-03-02", Issuer: "UBND tỉnh Thanh Hóa"}
	for _, tc := range []struct {
		parentRel, planRel string
		chained            bool
	}{
		{extract.RelBasis, extract.RelBasis, true},
		{extract.RelBasis, extract.RelReference, false}, // the plan only mentioned, the decision a basis
		{extract.RelReference, extract.RelReference, true},
	} {
		c := plan
		c.Relation = tc.planRel
		d := extract.Document{Issued: extract.Issued{Date: "2022-03-20"}, Issuer: extract.Issuer{Level: extract.LevelCommune},
			Citations: []extract.Citation{{ID: "1373/QĐ-TTg", Date: "2021-07-30", Relation: tc.parentRel}, c}}
		if got := len(cascChain(p, &d)) == 1; got != tc.chained {
			t.Errorf("parent %s, plan %s: chained %v, want %v", tc.parentRel, tc.planRel, got, tc.chained)
		}
	}
}

func TestCitingProvincesAndCascadeOnIndex(t *testing.T) {
	x, err := Open(t.TempDir(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	var entries []Entry
	for _, d := range seedCascade() {
		d.Issuer.Province2025 = d.Issuer.Province
		entries = append(entries, Entry{Doc: d, Text: d.Title})
	}
	if err := x.Put(context.Background(), entries); err != nil {
		t.Fatal(err)
	}
	provs, err := CitingProvinces(context.Background(), x, "1373/QD-TTg")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, p := range provs {
		got[p.Value] = p.Count
	}
	if len(got) != 3 || got["Thanh Hóa"] != 1 || got["Long An"] != 1 || got["Bình Dương"] != 1 {
		t.Errorf("provinces citing 1373 = %v", provs)
	}
	// The same tree from the index as from memory.
	root, err := Cascade(context.Background(), x, "1373/QĐ-TTg", CascadeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	mem, _ := Cascade(context.Background(), seedCascade(), "1373/QĐ-TTg", CascadeOptions{})
	var a, b []string
	cascFlat(root.Children, "", &a)
	cascFlat(mem.Children, "", &b)
	if strings.Join(a, "\n") != strings.Join(b, "\n") || root.CitedBy != 3 {
		t.Errorf("index cascade:\n%s\nmemory cascade:\n%s", strings.Join(a, "\n"), strings.Join(b, "\n"))
	}
}
