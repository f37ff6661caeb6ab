package extract

import (
	"reflect"
	"strings"
	"testing"
)

// TestSignerBlocks covers closing blocks of other shapes than the seeds:
// Party authority, two blocks side by side, a Nơi nhận column beside the
// block, "KT. BỘ TRƯỞNG" with blank lines for the seal, "Đã ký:" before
// the name.
func TestSignerBlocks(t *testing.T) {
	x := testExtractor(t)
	head := "ỦY BAN NHÂN DÂN\nHUYỆN CẦN ĐƯỚC\nSố: 10/KH-UBND\nCần Đước, ngày 3 tháng 4 năm 2023\nKẾ HOẠCH\nVề học tập\nCăn cứ Luật Giáo dục.\n"
	tests := []struct {
		tail string
		want []Signer
	}{
		{"Nơi nhận:\n- Như trên,\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nNguyễn Văn Bình",
			[]Signer{{Name: "Nguyễn Văn Bình", Title: "Phó Bí thư", Authority: "T/M Ban Thường vụ"}}},
		{"Nơi nhận:                    TRƯỞNG PHÒNG\n- Như trên;\n- Lưu: VT.                   Lê Thị Hoa",
			[]Signer{{Name: "Lê Thị Hoa", Title: "Trưởng phòng"}}},
		{"TM. THƯỜNG TRỰC HĐND          TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH                      CHỦ TỊCH\nNguyễn Văn A                  Trần Văn B",
			[]Signer{{Name: "Nguyễn Văn A", Title: "Chủ tịch", Authority: "TM. Thường trực Hội đồng nhân dân"},
				{Name: "Trần Văn B", Title: "Chủ tịch", Authority: "TM. Ủy ban nhân dân"}}},
		{"Nơi nhận:\n- Như Điều 3;\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\n\n\nNgô Thị Minh",
			[]Signer{{Name: "Ngô Thị Minh", Title: "Thứ trưởng", Authority: "KT. Bộ trưởng"}}},
		{"Nơi nhận:\n- UBND tỉnh;\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Đã ký)\nĐã ký: Huỳnh Văn Quang Hùng",
			[]Signer{{Name: "Huỳnh Văn Quang Hùng", Title: "Chủ tịch", Authority: "TM. Ủy ban nhân dân"}}},
		{"TRƯỞNG BAN\nPHÓ CHỦ TỊCH UBND HUYỆN\nNguyễn Minh Vương",
			[]Signer{{Name: "Nguyễn Minh Vương", Title: "Trưởng ban"}}},
		// a rank or degree before the name is not the name
		{"Nơi nhận:\n- Như Điều 3;\nBỘ TRƯỞNG\nThượng tướng Tô Lâm",
			[]Signer{{Name: "Tô Lâm", Title: "Bộ trưởng"}}},
		{"KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nPGS.TS. Nguyễn Văn Hùng",
			[]Signer{{Name: "Nguyễn Văn Hùng", Title: "Phó Giám đốc", Authority: "KT. Giám đốc"}}},
		// a title alone above a long annex with no Nơi nhận (a circular)
		{"BỘ TRƯỞNG\nThượng tướng Tô Lâm\n\nPhụ lục I\nDANH MỤC\n" + strings.Repeat("1\tSúng thể thao\tHãng A\n", 90),
			[]Signer{{Name: "Tô Lâm", Title: "Bộ trưởng"}}},
		// a name in the Nơi nhận list is not a signer
		{"Nơi nhận:\n- Đ/c Nguyễn Văn Tâm;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Hoàng Nam",
			[]Signer{{Name: "Lê Hoàng Nam", Title: "Phó Chủ tịch", Authority: "KT. Chủ tịch"}}},
	}
	for _, tt := range tests {
		d := x.Extract(Input{Text: head + tt.tail})
		if !reflect.DeepEqual(d.Signers, tt.want) {
			t.Errorf("signers of %.50q = %+v, want %+v", tt.tail, d.Signers, tt.want)
		}
	}
}

// TestSignerStampBeforeBlock: a signature stamp's "Người ký:" line above
// the closing block neither cuts the block off nor becomes the signer.
func TestSignerStampBeforeBlock(t *testing.T) {
	x := testExtractor(t)
	text := "CHÍNH PHỦ\nSố: 158/2025/NĐ-CP\nHà Nội, ngày 25 tháng 6 năm 2025\nNGHỊ ĐỊNH\nQuy định chi tiết\nCăn cứ Luật.\nĐiều 1. Phạm vi.\n" +
		strings.Repeat("Nghị định này quy định chi tiết.\n", 12) +
		"Người ký: Cổng Thông tin điện tử Chính phủ\nEmail: thongtinchinhphu@chinhphu.vn\n" +
		"Điều 2. Hiệu lực.\nNơi nhận:\n- Như trên;\nTM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nLê Thành Long\n"
	d := x.Extract(Input{Text: text})
	want := []Signer{{Name: "Lê Thành Long", Title: "Phó Thủ tướng", Authority: "TM. Chính phủ; KT. Thủ tướng"}}
	if !reflect.DeepEqual(d.Signers, want) {
		t.Errorf("signers = %+v, want %+v", d.Signers, want)
	}
}
