package vn

import "testing"

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
