package web

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSnippet(t *testing.T) {
	long := strings.Repeat("Tăng cường sự lãnh đạo của các cấp ủy Đảng. ", 20)
	tests := []struct {
		text, query, want string
	}{
		{"Phấn đấu đến năm 2025 có 70% công dân học tập.", "hoc tap",
			"Phấn đấu đến năm 2025 có 70% công dân <mark>học</mark> <mark>tập</mark>."},
		{long + "Xây dựng xã hội học tập,\nđẩy mạnh học tập suốt đời. " + long, "học tập suốt đời",
			"<mark>học</mark> <mark>tập</mark> <mark>suốt</mark> <mark>đời</mark>"},
		{"Thử <script>alert(1)</script> học tập", "học", "&lt;script&gt;alert(1)&lt;/script&gt; <mark>học</mark> tập"},
		{"Ủy ban nhân dân tỉnh", "UBND", "Ủy ban nhân dân tỉnh"}, // matched through the abbreviation: the opening words
		{"", "học", ""},
		{"học tập", "", ""},
	}
	for _, tc := range tests {
		got := snippet(tc.text, tc.query)
		if !strings.Contains(got, tc.want) || (tc.want == "" && got != "") {
			t.Errorf("snippet(%.40q, %q) = %q, want it to contain %q", tc.text, tc.query, got, tc.want)
		}
	}
	if got := snippet(long+"học tập suốt đời"+long, "suốt đời"); !strings.HasPrefix(got, "… ") || !strings.HasSuffix(got, " …") {
		t.Errorf("a window inside the text is not marked as cut: %q", got)
	}
}

func FuzzSnippet(f *testing.F) {
	f.Add("Phấn đấu đến năm 2025 có 70% công dân học tập.", "hoc tap")
	f.Add("<b>&amp;", "b")
	f.Fuzz(func(t *testing.T, text, q string) {
		got := snippet(text, q)
		if strings.Contains(strings.NewReplacer("<mark>", "", "</mark>", "").Replace(got), "<") {
			t.Fatalf("snippet(%q, %q) = %q leaks markup", text, q, got)
		}
		if utf8.ValidString(text) && !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 from valid text: %q", got)
		}
		if n := strings.Count(got, "<mark>"); n > snipWords {
			t.Fatalf("%d marks", n)
		}
	})
}
