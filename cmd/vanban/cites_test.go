package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/vanban/vanban/index"
)

func TestWriteCascade(t *testing.T) {
	d := func(n int) *int { return &n }
	root := &index.CascadeNode{ID: "1373/QĐ-TTg", Type: "Quyết định", Issuer: "Thủ tướng Chính phủ", Date: "2021-07-30", CitedBy: 3,
		Children: []index.CascadeEdge{
			{Doc: index.CascadeDoc{Number: "50/KH-UBND", DocType: "Kế hoạch", Issuer: "UBND tỉnh Thanh Hóa", Date: "2022-03-02"}, DelayDays: d(215),
				Children: []index.CascadeEdge{{Doc: index.CascadeDoc{ID: "c8c05647fb7b0009", Number: "/KH-UBND", DocType: "Kế hoạch",
					Issuer: "UBND xã Cẩm Thành", Date: "2022-03"}, InCorpus: true, Relation: "thuc-hien", DelayRange: []int{0, 14}}}},
			{Doc: index.CascadeDoc{ID: "aa", Number: "1/KH-UBND", DocType: "Kế hoạch", Issuer: "UBND tỉnh Nghệ An", Date: "2018-01-20"},
				InCorpus: true, DelayDays: d(-1287)},
		}, More: 1}
	var b bytes.Buffer
	writeCascade(&b, root)
	want := `Quyết định 1373/QĐ-TTg — Thủ tướng Chính phủ, 2021-07-30  (not in corpus)
├─ Kế hoạch 50/KH-UBND — UBND tỉnh Thanh Hóa, 2022-03-02  [+215 ngày]  (not in corpus)
│  └─ Kế hoạch (không số/KH-UBND) — UBND xã Cẩm Thành, 2022-03  [thực hiện, +0–14 ngày]  c8c05647fb7b0009
├─ Kế hoạch 1/KH-UBND — UBND tỉnh Nghệ An, 2018-01-20  [-1287 ngày: dated before what it cites]  aa
└─ … 1 more
3 corpus document(s) cite it directly
`
	if b.String() != want {
		t.Errorf("tree:\n%s\nwant:\n%s", b.String(), want)
	}
	if strings.Contains(b.String(), "+-") {
		t.Error("negative delay printed as +-")
	}
}
