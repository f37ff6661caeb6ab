package extract

import (
	"reflect"
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
