package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestNormalize(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"nfc", "Ho\u0300a Bi\u0300nh", "Hòa Bình"},
		{"eth", "ÐẢNG ỦY XÃ; ðồng chí", "ĐẢNG ỦY XÃ; đồng chí"},
		{"word hyphens", "Số: 12/QĐ\u2011UBND, 2021\u20102030", "Số: 12/QĐ-UBND, 2021-2030"},
		{"pdf oi", "Bộ Công Thƣơng, ƢU TIÊN", "Bộ Công Thương, ƯU TIÊN"},
		{"tones", "Uỷ ban nhân dân tỉnh Khánh Hoà, thuỷ lợi", "Ủy ban nhân dân tỉnh Khánh Hòa, thủy lợi"},
		{"spaces", "ngày\u00a010  tháng\u2009 6\u3000năm 2020  ", "ngày 10 tháng 6 năm 2020"},
		{"invisible", "Kế\u200b hoạch\u00ad số\ufeff 12\x07", "Kế hoạch số 12"},
		{"column gap", "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
		{"tab", "Số: 12/KH-UBND\t\tNinh Thuận, ngày 2 tháng 6 năm 2020", "Số: 12/KH-UBND\tNinh Thuận, ngày 2 tháng 6 năm 2020"},
		{"list marker gap", "-   Các Phòng, Ban huyện;\n1.    Mục đích", "- Các Phòng, Ban huyện;\n1. Mục đích"},
		{"crlf", "Kính gửi:\r\n- Sở Tài chính;\r- Sở Nội vụ.", "Kính gửi:\n- Sở Tài chính;\n- Sở Nội vụ."},
		{"blank lines", "\n\nKẾ HOẠCH\n\n\n \n\nThực hiện Đề án\n\n", "KẾ HOẠCH\n\nThực hiện Đề án"},
		{"bold over lines", "**ỦY BAN NHÂN DÂN\nHUYỆN KBANG**", "ỦY BAN NHÂN DÂN\nHUYỆN KBANG"},
		{"headings", "## KẾ HOẠCH\n\n### Thực hiện Phong trào\n#### I. MỤC ĐÍCH", "KẾ HOẠCH\n\nThực hiện Phong trào\nI. MỤC ĐÍCH"},
		{"hashtag kept", "#1 và C#", "#1 và C#"},
		{"emphasis", "__Điều 1.__ Ban hành *kèm theo* Quyết định này", "Điều 1. Ban hành kèm theo Quyết định này"},
		{"stars kept", "* Nhiệm vụ trọng tâm\nChỉ tiêu (*) và (**) ghi chú; 2 * 3", "* Nhiệm vụ trọng tâm\nChỉ tiêu (*) và (**) ghi chú; 2 * 3"},
		{"blanks to fill", "Số: ____/KH-UBND, ngày ___ tháng __ năm 2024", "Số: ____/KH-UBND, ngày ___ tháng năm 2024"},
		{"pandoc escapes", "2\\. Yêu cầu\n\\- Lưu: VT\\.\n\\*ghi chú\\*", "2. Yêu cầu\n- Lưu: VT.\nghi chú"},
		{"hard break", "TRƯỞNG BAN\\\nNguyễn Văn A", "TRƯỞNG BAN\nNguyễn Văn A"},
		{"table", "| STT | Chỉ tiêu | Năm 2025 |\n|---|:---:|---|\n| 1 | Tỷ lệ hộ gia đình học tập | 80% |",
			"STT\tChỉ tiêu\tNăm 2025\n1\tTỷ lệ hộ gia đình học tập\t80%"},
		{"metadata table", "Số hiệu: | 1960/KH-UBND |\n---|---|\nLoại văn bản: | Kế hoạch |", "Số hiệu:\t1960/KH-UBND\nLoại văn bản:\tKế hoạch"},
		{"grid rule", "+------+------+\nA\n-------", "A\n-------"},
		{"pipe in text", "A | B", "A | B"},
		{"broken header", "ỦY\nBAN NHÂN DÂN |\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 1960/KH-UBND |",
			"ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1960/KH-UBND"},
		{"broken header title case", "Ủy\nban nhân dân xã Cẩm Thành", "Ủy ban nhân dân xã Cẩm Thành"},
		{"broken header three lines", "CỘNG\nHÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
		{"short lines kept", "QUYẾT ĐỊNH\nNơi nhận:\n- Như Điều 3;\nLUẬT\nQUẢN LÝ, SỬ DỤNG VŨ KHÍ\nỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN",
			"QUYẾT ĐỊNH\nNơi nhận:\n- Như Điều 3;\nLUẬT\nQUẢN LÝ, SỬ DỤNG VŨ KHÍ\nỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN"},
		{"not across a blank", "ỦY\n\nBAN NHÂN DÂN", "ỦY\n\nBAN NHÂN DÂN"},
		{"ocr after end mark", "đề xuất UBND huyện xem xét, giải quyết./. *Chuẩn*\nNơi nhận:\n- Lưu: VT, VX.\n- W*\n*Chuẩn*\nTM. ỦY BAN NHÂN DÂN",
			"đề xuất UBND huyện xem xét, giải quyết./.\nNơi nhận:\n- Lưu: VT, VX.\nTM. ỦY BAN NHÂN DÂN"},
		{"emphasis kept before the end", "*Chuẩn*\nNội dung *mới*./.", "Chuẩn\nNội dung mới./."},
		{"bold signer kept", "Nơi nhận:\n- Lưu: VT.\n**TRƯỞNG BAN**\n**Nguyễn Minh Vương**", "Nơi nhận:\n- Lưu: VT.\nTRƯỞNG BAN\nNguyễn Minh Vương"},
		{"list letters kept", "a)\nb) Sở Tài chính\nđ)", "a)\nb) Sở Tài chính\nđ)"},
		{"pandoc spans", "[Nơi nhận:]{.underline}\nxem [Cổng thông tin](https://laocai.gov.vn) và ![logo](media/image1.png) [...]", "Nơi nhận:\nxem Cổng thông tin và [...]"},
		{"nested spans", "[[a](b)](c) [x]", "a [x]"},
		{"empty", "", ""},
		{"only markup", "**\n---|---\n##", ""},
	}
	for _, c := range cases {
		got := Normalize(c.in)
		if got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
		if again := Normalize(got); again != got {
			t.Errorf("%s: not idempotent:\n once %q\ntwice %q", c.name, got, again)
		}
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"ỦY\nBAN NHÂN DÂN |\nCỘNG\nHÒA XÃ HỘI",
		"**ỦY BAN**\n## KẾ HOẠCH\n| a | b |\n|---|---|\n\\- x \\*",
		"giải quyết./. *Chuẩn*\n- W*\n*(*)* _a_ __b__",
		"Ho\u0300a \u00a0\u200b\u00ad Uỷ ÐÐ ƣ\r\n\r\n\t\tx",
	} {
		f.Add(s)
	}
	if seeds, _ := filepath.Glob("../testdata/seeds/*.txt"); len(seeds) > 0 {
		if b, err := os.ReadFile(seeds[0]); err == nil {
			f.Add(string(b[:min(len(b), 2000)]))
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := Normalize(s)
		if twice := Normalize(once); twice != once {
			t.Fatalf("not idempotent on %q:\n once %q\ntwice %q", s, once, twice)
		}
		if len(once) > 2*len(s)+8 {
			t.Fatalf("output of %d bytes for %d", len(once), len(s))
		}
		if strings.Contains(once, "\n\n\n") || strings.HasPrefix(once, "\n") || strings.HasSuffix(once, "\n") {
			t.Fatalf("blank lines not collapsed: %q", once)
		}
	})
}

// normBenchText is the five seeds, or fails the benchmark without them.
func normBenchText(b *testing.B) string {
	seeds, _ := filepath.Glob("../testdata/seeds/*.txt")
	if len(seeds) == 0 {
		b.Fatal("no seeds in ../testdata/seeds")
	}
	var sb strings.Builder
	for _, p := range seeds {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
	}
	return sb.String()
}

func BenchmarkNormalize(b *testing.B) {
	s := normBenchText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Normalize(s)
	}
}

// BenchmarkNormalizeClean measures already normalized text, the common
// case of a re-read or of a clean UTF-8 reader output.
func BenchmarkNormalizeClean(b *testing.B) {
	s := Normalize(normBenchText(b))
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Normalize(s)
	}
}

// TestNormNeedsNFC checks the fast NFC scan against norm.NFC: text it calls
// normalized must be NFC, over every rune of the blocks it trusts.
func TestNormNeedsNFC(t *testing.T) {
	n := 0
	for r := rune(0); r < 0x3100; r++ {
		s := "a" + string(r) + "b"
		if !normNeedsNFC(s) {
			n++
			if !norm.NFC.IsNormalString(s) {
				t.Errorf("%U is trusted but not NFC", r)
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d runes trusted", n)
	}
	for _, s := range []string{"Ho\u0300a", "\u2126", "\u2000", "\u2329", "a\xc3", "\xe1\xbb", "\xe2\x82(", "\xc3("} {
		if !normNeedsNFC(s) {
			t.Errorf("%q needs NFC", s)
		}
	}
}
