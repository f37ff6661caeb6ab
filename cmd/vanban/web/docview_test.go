package web

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/vanban/vanban/extract"
)

func TestDocMarkup(t *testing.T) {
	d := &extract.Document{
		Citations: []extract.Citation{{ID: "1373/QĐ-TTg"}, {ID: "49-KL/TW"}},
		Targets:   []extract.Target{{Text: "Phấn đấu đến năm 2025 có 70% gia đình đạt danh hiệu “Gia đình học tập”."}},
	}
	tests := []struct {
		text string
		want []string // substrings of the markup
		not  []string
	}{
		{"Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ;",
			[]string{`<a class="c" href="/cites/1373/Q%C4%90-TTg">1373/QĐ-TTg</a>`, `<span class="d">30/7/2021</span>`}, nil},
		// The Party symbol as some texts write it links to the canonical id.
		{"Kết luận số 49/KL-TW ngày 10/5/2019 của Ban Bí thư",
			[]string{`href="/cites/49-KL/TW">49/KL-TW</a>`, `<span class="d">10/5/2019</span>`}, nil},
		{"Ninh Thuận, ngày 02 tháng 6 năm 2020",
			[]string{`<span class="d">ngày 02 tháng 6 năm 2020</span>`}, nil},
		{"1. Mục tiêu\nPhấn đấu đến năm 2025 có 70% gia đình đạt danh hiệu “Gia đình học tập”.\n",
			[]string{`<mark class="target">Phấn đấu đến năm <span class="n">2025</span> có <span class="n">70%</span>`, "học tập”.</mark>"}, nil},
		// A symbol of no cited document and a code are left alone.
		{"Công văn 842/UBND-KGVX và mã 3A2, kinh phí 2.500 triệu đồng",
			[]string{`<span class="n">2.500</span>`}, []string{`>842/UBND-KGVX<`, `>3A2<`}},
		{`Thử <script>alert(1)</script> "><img src=x onerror=alert(2)> 1373/QĐ-TTg`,
			[]string{"&lt;script&gt;alert(<span class=\"n\">1</span>)&lt;/script&gt;", "&#34;&gt;&lt;img"}, []string{"<script", "<img"}},
	}
	for _, tc := range tests {
		got := string(docMarkup(tc.text, d))
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("docMarkup(%q)\n = %s\nlacks %s", tc.text, got, w)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(got, w) {
				t.Errorf("docMarkup(%q)\n = %s\nhas %s", tc.text, got, w)
			}
		}
		if back := docUnmark(got); back != tc.text {
			t.Errorf("text changed by the markup:\n%q\n%q", back, tc.text)
		}
	}
}

// docOwnTags are the only tags docMarkup writes.
var docOwnTags = regexp.MustCompile(`<mark class="target">|</mark>|<span class="[nd]">|</span>|<a class="c" href="[^"<>]*">|</a>`)

// docUnmark removes the marks and unescapes: the original text.
func docUnmark(s string) string {
	return html.UnescapeString(docOwnTags.ReplaceAllString(s, ""))
}

func TestDocFacets(t *testing.T) {
	d := &extract.Document{DocType: "Kế hoạch", Issued: extract.Issued{Date: "2022-03"},
		Issuer:  extract.Issuer{Name: "Ủy ban nhân dân xã Cẩm Thành", Level: "xa", Province: "Thanh Hóa", Province2025: "Thanh Hóa"},
		Signers: []extract.Signer{{Name: "Lê Văn Bình"}}, Targets: []extract.Target{{Key: "cong_dan_hoc_tap"}, {Key: "cong_dan_hoc_tap"}}}
	var got []string
	for _, f := range docFacets(d, map[string]string{"cong_dan_hoc_tap": "Công dân học tập"}) {
		for _, l := range f.Links {
			got = append(got, l.Href)
		}
	}
	want := []string{"/?doc_type=K%E1%BA%BF+ho%E1%BA%A1ch", "/?level=xa", "/?province=Thanh+H%C3%B3a", "/?province_2025=Thanh+H%C3%B3a",
		"/?issuer=%E1%BB%A6y+ban+nh%C3%A2n+d%C3%A2n+x%C3%A3+C%E1%BA%A9m+Th%C3%A0nh", "/?year=2022", "/?signer=L%C3%AA+V%C4%83n+B%C3%ACnh",
		"/?indicator=cong_dan_hoc_tap"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("links:\n%v\nwant\n%v", got, want)
	}
	var texts []string
	for _, f := range docFacets(d, map[string]string{"cong_dan_hoc_tap": "Công dân học tập"}) {
		for _, l := range f.Links {
			texts = append(texts, l.Text)
		}
	}
	if !strings.Contains(strings.Join(texts, "|"), "|xã|") || !strings.HasSuffix(strings.Join(texts, "|"), "|Công dân học tập") {
		t.Errorf("link texts %v: want the level and indicator by name", texts)
	}
}

func FuzzDocMarkup(f *testing.F) {
	f.Add("Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021; ngày 02 tháng 6 năm 2020 có 70% <b>", "1373/QĐ-TTg", "có 70%")
	f.Add("ngày", "", "")
	f.Fuzz(func(t *testing.T, text, cite, target string) {
		d := &extract.Document{Citations: []extract.Citation{{ID: cite}}, Targets: []extract.Target{{Text: target}}}
		got := string(docMarkup(text, d))
		if !strings.Contains(text, "<") && strings.Contains(docOwnTags.ReplaceAllString(got, ""), "<") {
			t.Fatalf("markup leaked a tag: %q", got)
		}
		if strings.ToValidUTF8(text, "\uFFFD") == text && !strings.ContainsAny(text, "\r\x00") {
			if back := docUnmark(got); back != text {
				t.Fatalf("text changed: %q → %q", text, back)
			}
		}
	})
}
