package extract

import "testing"

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string
		n        int
	}{
		{"ngày 02 tháng 6 năm 2020", "2020-06-02", len("ngày 02 tháng 6 năm 2020")},
		{"ngày   tháng 3 năm 2022 xyz", "2022-03", len("ngày   tháng 3 năm 2022")},
		{"ngày … tháng 3 năm 2022", "2022-03", len("ngày … tháng 3 năm 2022")},
		{"ngày 30/7/2021 của", "2021-07-30", len("ngày 30/7/2021")},
		{"30-7-2021", "2021-07-30", len("30-7-2021")},
		{"13/11/2023", "2023-11-13", len("13/11/2023")},
		{"Ngày 28 tháng 5 năm 2020", "2020-05-28", len("Ngày 28 tháng 5 năm 2020")},
		{"tháng 3/2022", "2022-03", len("tháng 3/2022")},
		{"năm 2022", "2022", len("năm 2022")},
		{"ngày\u00a029\u00a0tháng\u00a06\u00a0năm\u00a02024", "2024-06-29", len("ngày\u00a029\u00a0tháng\u00a06\u00a0năm\u00a02024")},
		{"ngày       tháng       năm 2026", "2026", len("ngày       tháng       năm 2026")},
		{"tháng 4năm 2026", "2026-04", len("tháng 4năm 2026")},
		{"ngày 5/8/2025", "2025-08-05", len("ngày 5/8/2025")},
		{"ngày     tháng 6 năm 2026", "2026-06", len("ngày     tháng 6 năm 2026")},
		{"ngày 26 tháng 35 năm 2026", "2026", len("ngày 26 tháng 35 năm 2026")}, // OCR: the year alone is sure
		{"ngày 31/02/2020", "", 0},
		{"1373/QĐ-TTg", "", 0},
		{"ngày hôm nay", "", 0},
		{"", "", 0},
	}
	for _, tt := range tests {
		got, n := parseDate(tt.in)
		if got != tt.want || n != tt.n {
			t.Errorf("parseDate(%q) = %q, %d; want %q, %d", tt.in, got, n, tt.want, tt.n)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"ngày 02 tháng 6 năm 2020", "30/7/2021", "tháng 3/2022", "ngày … tháng"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		iso, n := parseDate(s)
		if n < 0 || n > len(s) || (n == 0) != (iso == "") {
			t.Fatalf("parseDate(%q) = %q, %d", s, iso, n)
		}
	})
}
