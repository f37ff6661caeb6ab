package extract

import "testing"

func TestParseHeading(t *testing.T) {
	tests := []struct {
		line, num, title string
		level            int
	}{
		{"II. MỤC TIÊU", "II", "MỤC TIÊU", 1},
		{"2.1. Mục tiêu cụ thể đến năm 2025", "2.1", "Mục tiêu cụ thể đến năm 2025", 3},
		{"2.1 Mục tiêu", "2.1", "Mục tiêu", 3},
		{"1. Mục tiêu chung", "1", "Mục tiêu chung", 2},
		{"a) Đến năm 2025", "a", "Đến năm 2025", 5},
		{"đ) Hội Khuyến học", "đ", "Hội Khuyến học", 5},
		{"2 buổi/ngày", "", "", 0},
		{"2025 là năm", "", "", 0},
		{"Ủy ban nhân dân", "", "", 0},
		{"", "", "", 0},
	}
	for _, tt := range tests {
		num, title, level := parseHeading(tt.line)
		if num != tt.num || title != tt.title || level != tt.level {
			t.Errorf("parseHeading(%q) = %q, %q, %d; want %q, %q, %d", tt.line, num, title, level, tt.num, tt.title, tt.level)
		}
	}
}

func TestFindSections(t *testing.T) {
	tx := newText("I. MỤC TIÊU\n1. Chung\nabc\n2. Cụ thể\na) Đến 2025\nII. NHIỆM VỤ\nxyz")
	want := []struct {
		num    string
		parent int
	}{{"I", -1}, {"1", 0}, {"2", 0}, {"a", 2}, {"II", -1}}
	if len(tx.secs) != len(want) {
		t.Fatalf("got %d sections, want %d: %+v", len(tx.secs), len(want), tx.secs)
	}
	for i, w := range want {
		if tx.secs[i].Num != w.num || tx.secs[i].Parent != w.parent {
			t.Errorf("section %d = %+v, want num %q parent %d", i, tx.secs[i], w.num, w.parent)
		}
	}
	if got := tx.s[tx.secs[0].Start:tx.secs[0].End]; got != "I. MỤC TIÊU\n1. Chung\nabc\n2. Cụ thể\na) Đến 2025\n" {
		t.Errorf("section I text = %q", got)
	}
}
