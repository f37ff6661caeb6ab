package extract

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzTargets feeds arbitrary text to the section parser and the target
// finder: no panic, every target within its line's text and well-formed.
func FuzzTargets(f *testing.F) {
	seeds, _ := filepath.Glob("../testdata/seeds/*.txt")
	if len(seeds) == 0 {
		f.Fatal("no seeds in ../testdata/seeds")
	}
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	for _, s := range []string{
		"II. MỤC TIÊU\n- 70% gia đình, 65% dòng họ",
		"## **II. MỤC TIÊU PHÂN ĐẦU ĐẾN NĂM 2030**\n- 100%",
		"I. MỤC TIÊU\n- từ 70 - 80%/năm đến 1.000,5 lao động trở lên;:",
		"a) 1.000.000.000.000.000.000.000 lao động\n- + %",
		"Mục tiêu đến năm 2025:\n- giảm 0,3%/năm\n\nnăm",
	} {
		f.Add(s)
	}
	x := tgtExtractor(f)
	f.Fuzz(func(t *testing.T, s string) {
		tx := newText(s)
		for i, sec := range tx.secs {
			if sec.Start < 0 || sec.End > len(s) || sec.Start > sec.End || sec.Parent >= i {
				t.Fatalf("section %d out of bounds: %+v", i, sec)
			}
		}
		p := tgtPeriod(s)
		if (p.From == nil) != (p.To == nil) || p.From != nil && *p.From > *p.To {
			t.Fatalf("bad period %v-%v", p.From, p.To)
		}
		for _, g := range x.tgt.find(tx, p) {
			if g.Indicator == "" || len(g.Indicator) > tgtMaxIndicator+4 || len(g.Text) > tgtMaxText+4 {
				t.Fatalf("bad phrase lengths: %+v", g)
			}
			if math.IsNaN(g.Value) || math.IsInf(g.Value, 0) || g.Value < 0 {
				t.Fatalf("bad value %v", g.Value)
			}
			if g.ValueMax != nil && (g.Op != OpRange || *g.ValueMax <= g.Value) {
				t.Fatalf("bad range %+v", g)
			}
			if g.Unit == "" || g.Op == "" {
				t.Fatalf("missing unit or op: %+v", g)
			}
			if g.Year != nil && (*g.Year < 1945 || *g.Year > 2100) {
				t.Fatalf("bad year %d", *g.Year)
			}
			if !strings.Contains(s, strings.TrimSuffix(g.Indicator, "…")) && g.Unit == "%" {
				// indicators of wrapped sentences are joined with spaces; at
				// least their first word must come from the text
				if w := strings.Fields(g.Indicator); len(w) == 0 || !strings.Contains(s, w[0]) {
					t.Fatalf("indicator %q not from the text", g.Indicator)
				}
			}
		}
	})
}

// BenchmarkTargets measures sections and targets over the seeds.
func BenchmarkTargets(b *testing.B) {
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	if len(files) == 0 {
		b.Fatal("no seeds in ../testdata/seeds")
	}
	var all strings.Builder
	for _, p := range files {
		s, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		all.Write(s)
		all.WriteByte('\n')
	}
	s := all.String()
	x := tgtExtractor(b)
	title := "Thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”"
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p := tgtPeriod(title)
		x.tgt.find(newText(s), p)
	}
}

// FuzzSectionLine checks the line-level parsers: parseHeading's number and
// title come from the line, secItem's rest is a suffix of it, and number
// parsing never yields NaN or infinities.
func FuzzSectionLine(f *testing.F) {
	for _, s := range []string{"## **II. MỤC TIÊU PHÂN ĐẦU ĐẾN NĂM 2030**", "2.1. Mục tiêu", "a) Đến năm 2025", "- + Duy trì 70%", "II - MỤC TIÊU", "1.000,5", "2.1.3", "•", "-5%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		num, title, level := parseHeading(line)
		if level < 0 || level > levelLetter {
			t.Fatalf("level %d out of range", level)
		}
		if level > 0 && (num == "" || !strings.Contains(line, num) || !strings.Contains(line, title)) {
			t.Fatalf("parseHeading(%q) = %q, %q, %d: not from the line", line, num, title, level)
		}
		if _, rest := secItem(line); !strings.HasSuffix(line, rest) {
			t.Fatalf("secItem(%q) rest %q is not a suffix", line, rest)
		}
		if v, ok := tgtParseValue(line); ok && (math.IsNaN(v) || math.IsInf(v, 0)) {
			t.Fatalf("tgtParseValue(%q) = %v", line, v)
		}
	})
}
