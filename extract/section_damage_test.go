package extract

import "testing"

// TestParseHeadingDamage covers headings as converters and OCR leave them.
func TestParseHeadingDamage(t *testing.T) {
	tests := []struct {
		line, num, title string
		level            int
	}{
		{"## **II. MỤC TIÊU PHÂN ĐẦU ĐẾN NĂM 2030**", "II", "MỤC TIÊU PHÂN ĐẦU ĐẾN NĂM 2030", 1},
		{"#### **1.1. Đối với tập thể**", "1.1", "Đối với tập thể", 3},
		{"**2. Giai đoạn 2 (từ 2026 - 2030):** Sơ kết", "2", "Giai đoạn 2 (từ 2026 - 2030):** Sơ kết", 2},
		{"##### 1. Mục đích", "1", "Mục đích", 2},
		{"  b) Mục tiêu đến năm 2030", "b", "Mục tiêu đến năm 2030", 5},
		{"II- MỤC TIÊU", "II", "MỤC TIÊU", 1},
		{"III – NHIỆM VỤ VÀ GIẢI PHÁP", "III", "NHIỆM VỤ VÀ GIẢI PHÁP", 1},
		{"V - quy trình", "", "", 0},
		{"II . MỤC TIÊU", "II", "MỤC TIÊU", 1},
		{"II\\. MỤC TIÊU", "II", "MỤC TIÊU", 1},
		{"2\\. Mục tiêu cụ thể", "2", "Mục tiêu cụ thể", 2},
		{"b\\) Mục tiêu đến năm 2030", "b", "Mục tiêu đến năm 2030", 5},
		{"**Nơi nhận:**", "", "", 0},
		{"- + Duy trì 70% công dân", "", "", 0},
		{"70% gia đình", "", "", 0},
	}
	for _, tt := range tests {
		num, title, level := parseHeading(tt.line)
		if num != tt.num || title != tt.title || level != tt.level {
			t.Errorf("parseHeading(%q) = %q, %q, %d; want %q, %q, %d", tt.line, num, title, level, tt.num, tt.title, tt.level)
		}
	}
}

func TestSecItem(t *testing.T) {
	tests := []struct{ line, mark, rest string }{
		{"- + Duy trì 70% công dân", "+", "Duy trì 70% công dân"},
		{"+ 70% số người", "+", "70% số người"},
		{"- Phổ cập giáo dục", "-", "Phổ cập giáo dục"},
		{"• Gia đình học tập", "•", "Gia đình học tập"},
		{"\\- 70% gia đình", "\\-", "70% gia đình"},
		{"* Mục tiêu", "*", "Mục tiêu"},
		{"-5% so với năm trước", "", "-5% so với năm trước"},
		{"**II. MỤC TIÊU**", "", "**II. MỤC TIÊU**"},
		{"Huy động trẻ", "", "Huy động trẻ"},
	}
	for _, tt := range tests {
		mark, rest := secItem(tt.line)
		if mark != tt.mark || rest != tt.rest {
			t.Errorf("secItem(%q) = %q, %q; want %q, %q", tt.line, mark, rest, tt.mark, tt.rest)
		}
	}
}

// TestSectionsMarkdown checks the tree of a markdown conversion (Long An
// seed layout): headings nest by level whatever their markup.
func TestSectionsMarkdown(t *testing.T) {
	tx := newText("## **II. MỤC TIÊU PHÂN ĐẦU ĐẾN NĂM 2030**\n- 100% cơ quan\n## **IV. TIÊU CHÍ THI ĐUA**\n### **1. Tiêu chí thi đua**\n#### **1.1. Đối với tập thể**\n- 100% cơ quan")
	want := []struct {
		num    string
		parent int
	}{{"II", -1}, {"IV", -1}, {"1", 1}, {"1.1", 2}}
	if len(tx.secs) != len(want) {
		t.Fatalf("got %d sections, want %d: %+v", len(tx.secs), len(want), tx.secs)
	}
	for i, w := range want {
		if tx.secs[i].Num != w.num || tx.secs[i].Parent != w.parent {
			t.Errorf("section %d = %+v, want num %q parent %d", i, tx.secs[i], w.num, w.parent)
		}
	}
}
