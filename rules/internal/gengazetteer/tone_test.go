package main

import "testing"

func TestToOldStyle(t *testing.T) {
	for _, c := range [][2]string{
		{"Khánh Hoà", "Khánh Hòa"}, {"Thanh Hoá", "Thanh Hóa"}, {"Hoàng Mai", "Hoàng Mai"},
		{"Thuỷ Nguyên", "Thủy Nguyên"}, {"Quý Lộc", "Quý Lộc"}, {"Hoà Bình", "Hòa Bình"}, {"Thanh Hóa", "Thanh Hóa"},
	} {
		if got := toOldStyle(c[0]); got != c[1] {
			t.Errorf("toOldStyle(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}
