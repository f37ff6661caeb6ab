package vn

import (
	"testing"
	"unicode/utf8"
)

func TestToneOld(t *testing.T) {
	cases := []struct{ in, want string }{
		{"hoà", "hòa"}, {"Uỷ", "Ủy"}, {"ỦY", "ỦY"}, {"khoẻ", "khỏe"}, {"tuỳ", "tùy"},
		{"thuở", "thuở"}, {"qúy", "quý"}, {"qủa", "quả"}, {"gìa", "già"}, {"gìn", "gìn"},
		{"hòan", "hoàn"}, {"ngòai", "ngoài"}, {"người", "người"}, {"hữu", "hữu"},
		{"chuyển", "chuyển"}, {"khuỷu", "khuỷu"}, {"Quỳnh", "Quỳnh"}, {"Huỳnh", "Huỳnh"},
		{"lựơng", "lượng"}, {"baỏ", "bảo"}, {"nghịêm", "nghiệm"}, {"THUỶ", "THỦY"},
		{"hoá", "hóa"}, {"abc", "abc"}, {"KÕ", "KÕ"},
	}
	for _, c := range cases {
		if got := ToneOld(c.in); got != c.want {
			t.Errorf("ToneOld(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNormalizeTones(t *testing.T) {
	in := "Ủy ban nhân dân tỉnh Khánh Hoà: văn hoá, thuỷ lợi; Uỷ ban (2025)."
	want := "Ủy ban nhân dân tỉnh Khánh Hòa: văn hóa, thủy lợi; Ủy ban (2025)."
	if got := NormalizeTones(in); got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	if got := NormalizeTones(want); got != want {
		t.Fatalf("not idempotent: %q", got)
	}
}

func TestIsSyllable(t *testing.T) {
	for _, w := range []string{"Ủy", "hoà", "NGƯỜI", "Kế", "nghiêng", "quốc", "giữa", "khuya"} {
		if !IsSyllable(w) {
			t.Errorf("IsSyllable(%q) = false", w)
		}
	}
	for _, w := range []string{"®­îc", "thùc", "hiÖn", "Ñeà", "xyz", "UÛY", "2025"} {
		if IsSyllable(w) {
			t.Errorf("IsSyllable(%q) = true", w)
		}
	}
}

func FuzzNormalizeTones(f *testing.F) {
	f.Add("Uỷ ban nhân dân tỉnh Khánh Hoà")
	f.Add("\xff\xfe hoà")
	f.Add("AÝ\u0301 hoà\u0300")
	f.Fuzz(func(t *testing.T, s string) {
		out := NormalizeTones(s)
		if NormalizeTones(out) != out {
			t.Fatalf("not idempotent on %q", s)
		}
	})
}

func BenchmarkNormalizeTones(b *testing.B) {
	s := "Ủy ban nhân dân tỉnh Khánh Hoà ban hành Kế hoạch thực hiện Đề án xây dựng xã hội học tập giai đoạn 2021-2030, văn hoá, thuỷ lợi.\n"
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		NormalizeTones(s)
	}
}

func BenchmarkNormalizeTonesClean(b *testing.B) {
	s := "Ủy ban nhân dân tỉnh Khánh Hòa ban hành Kế hoạch thực hiện Đề án xây dựng xã hội học tập giai đoạn 2021-2030, văn hóa, thủy lợi; người dân được hưởng lợi, của cải, quyết định.\n"
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		if NormalizeTones(s) != s {
			b.Fatal("changed clean text")
		}
	}
}

// FuzzToneOld checks that moving a tone keeps the letters: the folded word
// and its length in runes are unchanged, and the result is stable.
func FuzzToneOld(f *testing.F) {
	for _, w := range []string{"hoà", "Uỷ", "lựơng", "qúy", "gìa", "NGƯỜI", "ṍa", "x"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		got := ToneOld(w)
		if Fold(got) != Fold(w) || utf8.RuneCountInString(got) != utf8.RuneCountInString(w) {
			t.Fatalf("ToneOld(%q) = %q changes letters", w, got)
		}
		if ToneOld(got) != got {
			t.Fatalf("ToneOld not stable on %q: %q", got, ToneOld(got))
		}
	})
}
