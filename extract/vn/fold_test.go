package vn

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ủy ban nhân dân tỉnh Đắk Lắk", "uy ban nhan dan tinh dak lak"},
		{"HỌC TẬP SUỐT ĐỜI", "hoc tap suot doi"},
		{"Thanh Hoá", "thanh hoa"},
		{"Thanh Hóa", "thanh hoa"},
		{"Ho\u0300a", "hoa"}, // NFD input
		{"1373/QĐ-TTg", "1373/qd-ttg"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func BenchmarkFold(b *testing.B) {
	s := "Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện Đề án xây dựng xã hội học tập giai đoạn 2021-2030. "
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Fold(s)
	}
}

// TestFoldRuneBlocks checks the table look-up against the definition (the
// first rune of the canonical decomposition, lower-cased; đ → d) on every
// rune of the blocks Vietnamese uses.
func TestFoldRuneBlocks(t *testing.T) {
	ref := func(r rune) rune {
		switch r {
		case 'đ', 'Đ', 'ð', 'Ð':
			return 'd'
		}
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		if d, _ := utf8.DecodeRuneInString(norm.NFD.String(string(r))); d < utf8.RuneSelf {
			return unicode.ToLower(d)
		}
		return unicode.ToLower(r)
	}
	n := 0
	for _, rg := range [][2]rune{{0, 0x36F}, {0x1E00, 0x1EFF}, {0x2000, 0x206F}} {
		for r := rg[0]; r <= rg[1]; r++ {
			if got, want := FoldRune(r), ref(r); got != want {
				t.Errorf("FoldRune(%U %q) = %q, want %q", r, r, got, want)
			}
			n++
		}
	}
	if n < 1000 {
		t.Fatalf("checked only %d runes", n)
	}
}

// FuzzFold checks that folding never grows a Vietnamese text beyond its
// length, gives ASCII for Vietnamese letters, and is stable.
func FuzzFold(f *testing.F) {
	f.Add("Ủy ban nhân dân tỉnh Đắk Lắk")
	f.Add("Ho\u0300a ÐÐ ƣ \xff")
	f.Fuzz(func(t *testing.T, s string) {
		got := Fold(s)
		if Fold(got) != got {
			t.Fatalf("Fold not stable on %q: %q", s, got)
		}
		if len(got) > len(s)+3*utf8.RuneCountInString(s) {
			t.Fatalf("Fold(%q) = %q grew", s, got)
		}
		for _, r := range s {
			if li, ok := letterOf(r); ok && li.fold != 0 && !strings.ContainsRune(got, li.fold) {
				t.Fatalf("Fold(%q) = %q lost %q", s, got, li.fold)
			}
		}
	})
}
