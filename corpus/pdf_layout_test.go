package corpus

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

// pdfRun lays out s as glyphs of size size from (x, y), each rune advancing
// by 0.5 em (a space 0.25 em), as a content stream would draw it.
func pdfRun(s string, x, y, size float64) []pdfGlyph {
	var gs []pdfGlyph
	for _, r := range s {
		w := 0.5 * size
		if r == ' ' {
			w = 0.25 * size
		}
		gs = append(gs, pdfGlyph{X: x, Y: y, W: w, Size: size, S: string(r)})
		x += w
	}
	return gs
}

// pdfTurn turns upright glyphs to the writing direction dir, as a
// rotated text matrix would place them (the inverse of the layout's turn).
func pdfTurn(gs []pdfGlyph, dir int8) []pdfGlyph {
	for i := range gs {
		x, y := gs[i].X, gs[i].Y
		switch dir {
		case 1:
			gs[i].X, gs[i].Y = -y, x
		case 2:
			gs[i].X, gs[i].Y = -x, -y
		case 3:
			gs[i].X, gs[i].Y = y, -x
		}
		gs[i].Dir = dir
	}
	return gs
}

// pdfEnd is the X where a run of s drawn at x ends.
func pdfEnd(s string, x, size float64) float64 {
	for _, r := range s {
		if r == ' ' {
			x += 0.25 * size
		} else {
			x += 0.5 * size
		}
	}
	return x
}

func pdfJoinGlyphs(parts ...[]pdfGlyph) []pdfGlyph {
	var out []pdfGlyph
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func TestPDFLayout(t *testing.T) {
	cases := []struct {
		name   string
		glyphs []pdfGlyph
		want   string // lines joined by "\n"; "" lines are block breaks
	}{
		{
			name: "two-column header read column by column",
			glyphs: pdfJoinGlyphs(
				pdfRun("ỦY BAN NHÂN DÂN", 80, 800, 13),
				pdfRun("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 260, 800, 13),
				pdfRun("TỈNH LÀO CAI", 90, 785, 13),
				pdfRun("Độc lập - Tự do - Hạnh phúc", 300, 785, 13),
				pdfRun("Số: 12/KH-UBND", 90, 760, 13),
				pdfRun("Lào Cai, ngày 5 tháng 3 năm 2025", 290, 760, 13),
				pdfRun("KẾ HOẠCH", 250, 735, 14),
				pdfRun("Thực hiện chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn", 60, 710, 14),
				pdfRun("tỉnh năm 2025 với các chỉ tiêu cụ thể như sau.", 60, 694, 14),
			),
			want: "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 12/KH-UBND\n\nLào Cai, ngày 5 tháng 3 năm 2025\n\nKẾ HOẠCH\n\n" +
				"Thực hiện chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn\ntỉnh năm 2025 với các chỉ tiêu cụ thể như sau.",
		},
		{
			name: "runs drawn out of order, a fallback-font capital drawn last",
			glyphs: pdfJoinGlyphs(
				pdfRun("Y BAN NHÂN DÂN", 80+6.5, 800, 13),
				pdfRun("Ủ", 80, 800, 13),
			),
			want: "ỦY BAN NHÂN DÂN",
		},
		{
			name: "gazette runs at slightly different baselines and sizes",
			glyphs: pdfJoinGlyphs(
				pdfRun("CÔNG BÁO/S", 174, 777.09, 14),
				pdfRun("ố", pdfEnd("CÔNG BÁO/S", 174, 14), 777.3, 13.5),
				pdfRun(" 851 + 852/Ngày 01-7-2025", pdfEnd("CÔNG BÁO/Số", 174, 14), 776.9, 14),
			),
			want: "CÔNG BÁO/Số 851 + 852/Ngày 01-7-2025",
		},
		{
			name: "superscript footnote mark and subscript stay on their line",
			glyphs: pdfJoinGlyphs(
				pdfRun("diện tích 25 km", 60, 700, 14),
				pdfRun("2", pdfEnd("diện tích 25 km", 60, 14), 705, 8),
				pdfRun(" đất rừng", pdfEnd("diện tích 25 km2", 60, 14)-3, 700, 14),
				pdfRun("dòng sau", 60, 684, 14),
			),
			want: "diện tích 25 km2 đất rừng\ndòng sau",
		},
		{
			name: "combining marks drawn separately above their letters",
			glyphs: pdfJoinGlyphs(
				pdfRun("Vie", 60, 700, 12),
				[]pdfGlyph{
					{X: 60 + 12 + 1, Y: 703, W: 0, Size: 12, S: "\u0302"}, // circumflex over e
					{X: 60 + 12 + 2, Y: 706, W: 0, Size: 12, S: "\u0323"}, // dot below, odd baseline
				},
				pdfRun("t Nam", 60+18, 700, 12),
			),
			want: "Vie\u0302\u0323t Nam",
		},
		{
			name: "syllables split across runs rejoin; word gaps without space glyphs",
			glyphs: pdfJoinGlyphs(
				pdfRun("Ngh", 60, 700, 14),
				pdfRun("ị", 60+21, 700, 14),
				pdfRun("quyết", 60+28+4, 700, 14),
			),
			want: "Nghị quyết",
		},
		{
			name: "fake bold drawn twice",
			glyphs: pdfJoinGlyphs(
				pdfRun("ĐIỀU", 60, 700, 14),
				pdfRun("ĐIỀU", 60.3, 700, 14),
			),
			want: "ĐIỀU",
		},
		{
			name: "space glyphs under a form field's digits are not word breaks",
			glyphs: pdfJoinGlyphs(
				pdfRun("Số:", 60, 700, 13),
				pdfRun("          ", 60+19.5, 700, 13),
				pdfRun("1178", 60+24, 698, 13),
				pdfRun("/ĐCK-CTT", 60+19.5+32.5, 700, 13),
			),
			want: "Số: 1178 /ĐCK-CTT",
		},
		{
			name: "signature block: recipients left, signer right",
			glyphs: pdfJoinGlyphs(
				pdfRun("Nơi nhận:", 60, 300, 12),
				pdfRun("TM. ỦY BAN NHÂN DÂN", 330, 300, 13),
				pdfRun("- Như Điều 3;", 60, 286, 11),
				pdfRun("CHỦ TỊCH", 360, 285, 13),
				pdfRun("- Lưu: VT.", 60, 273, 11),
				pdfRun("Nguyễn Văn An", 345, 220, 13),
			),
			want: "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An",
		},
		{
			name: "text turned upwards (a stamp up the margin) is turned back, after the page",
			glyphs: pdfJoinGlyphs(
				pdfRun("Nội dung", 60, 700, 12),
				pdfTurn(pdfRun("Ký số", 0, -30, 10), 1),
			),
			want: "Nội dung\n\nKý số",
		},
		{
			name: "landscape table drawn downwards on a portrait page",
			glyphs: pdfJoinGlyphs(
				pdfTurn(pdfRun("Tên nghề", 50, 0, 12), 3),
				pdfTurn(pdfRun("Điều kiện lao động", 300, 0, 12), 3),
				pdfTurn(pdfRun("Gia công cốt thép", 50, -16, 12), 3),
				pdfTurn(pdfRun("Thiếu ánh sáng", 300, -16, 12), 3),
			),
			want: "Tên nghề\nGia công cốt thép\n\nĐiều kiện lao động\nThiếu ánh sáng",
		},
		{
			name:   "skewed glyphs in drawing order",
			glyphs: []pdfGlyph{{X: 20, Y: 400, W: 5, Size: 10, S: "K", Dir: 4}, {X: 24, Y: 403, W: 5, Size: 10, S: "ý", Dir: 4}},
			want:   "Ký",
		},
		{
			// Word's empty paragraph between the title and the name: its
			// space glyph lies one line above, over the V|ă junction
			name: "a space glyph of a blank line does not split the word below",
			glyphs: pdfJoinGlyphs(
				pdfRun("PHÓ THỦ TƯỚNG", 440, 633, 14),
				[]pdfGlyph{{X: 459.46, Y: 607.78, W: 2.25, Size: 9, S: " "}},
				[]pdfGlyph{{X: 450.56, Y: 593.02, W: 10.14, Size: 14.04, S: "V"}, {X: 460.61, Y: 593.02, W: 7.02, Size: 14.04, S: "ă"}, {X: 467.67, Y: 593.02, W: 7.81, Size: 14.04, S: "n"}},
			),
			want: "PHÓ THỦ TƯỚNG\n\nVăn",
		},
		{
			name:   "nothing usable",
			glyphs: []pdfGlyph{{X: math.NaN(), Y: 1, S: "x"}, {X: 1, Y: math.Inf(1), S: "y"}, {X: 1, Y: 1, S: ""}},
			want:   "",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := strings.Join(pdfLayoutPage(c.glyphs), "\n")
			if got != c.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, c.want)
			}
		})
	}
}

// TestPDFLayoutKeepsText checks on a long synthetic page that no glyph is
// lost or duplicated: the letters out are the letters in.
func TestPDFLayoutKeepsText(t *testing.T) {
	line := "Ủy ban nhân dân tỉnh giao Sở Nông nghiệp và Môi trường chủ trì thực hiện"
	var gs []pdfGlyph
	for i := 0; i < 45; i++ {
		gs = append(gs, pdfRun(line, 60, 780-float64(i)*16, 13)...)
	}
	out := strings.Join(pdfLayoutPage(gs), "")
	want := 45 * utf8.RuneCountInString(strings.ReplaceAll(line, " ", ""))
	if got := utf8.RuneCountInString(strings.ReplaceAll(out, " ", "")); got != want {
		t.Fatalf("%d letters out, want %d", got, want)
	}
}

func FuzzPDFLayout(f *testing.F) {
	f.Add([]byte("ỦY BAN\x00CỘNG HÒA"), 80.0, 260.0, 800.0, 13.0)
	f.Fuzz(func(t *testing.T, text []byte, x1, x2, y, size float64) {
		parts := strings.Split(string(text), "\x00")
		var gs []pdfGlyph
		for i, p := range parts {
			x := x1
			if i%2 == 1 {
				x = x2
			}
			gs = append(gs, pdfRun(p, x, y-float64(i/2)*size, size)...)
		}
		n := 0
		for _, l := range pdfLayoutPage(gs) {
			n += len(l)
		}
		if n > 4*len(text)+len(parts)*2+16 {
			t.Fatalf("layout of %d bytes wrote %d", len(text), n)
		}
	})
}

// BenchmarkPDFLayout lays out a page of 45 lines of 75 glyphs.
func BenchmarkPDFLayout(b *testing.B) {
	line := "Ủy ban nhân dân tỉnh giao Sở Nông nghiệp và Môi trường chủ trì thực hiện"
	var gs []pdfGlyph
	size := 0
	for i := 0; i < 45; i++ {
		gs = append(gs, pdfRun(line, 60, 780-float64(i)*16, 13)...)
		size += len(line)
	}
	work := make([]pdfGlyph, len(gs))
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		copy(work, gs)
		pdfLayoutPage(work)
	}
}
