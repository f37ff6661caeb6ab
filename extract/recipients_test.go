package extract

import (
	"reflect"
	"strings"
	"testing"
)

// TestKinhGui reads "Kính gửi:" lists: on the same line, below it, items
// wrapped over two lines, and the body after them.
func TestKinhGui(t *testing.T) {
	tests := []struct {
		lines []string
		want  []string
	}{
		{[]string{"Kính gửi: Phòng Giáo dục và Đào tạo", "Căn cứ Luật Giáo dục;"}, []string{"Phòng Giáo dục và Đào tạo"}},
		{[]string{"Kính gửi:", "- Sở Tài chính;", "- Sở Nội vụ.", "Thực hiện Kế hoạch số 5/KH-UBND"}, []string{"Sở Tài chính", "Sở Nội vụ"}},
		// a Party letter: an item wrapped with no punctuation, then a comma
		{[]string{"Kính gửi: - Ủy ban nhân dân tỉnh,", "- Các cơ quan chuyên trách tham mưu, giúp việc", "Đảng ủy Ủy ban nhân dân tỉnh,", "- Các chi bộ, đảng bộ cơ sở.", "Thực hiện Chương trình hành động số 104-CTr/TU"},
			[]string{"Ủy ban nhân dân tỉnh", "Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy Ủy ban nhân dân tỉnh", "Các chi bộ, đảng bộ cơ sở"}},
		// an item closed by ";" does not take the next line
		{[]string{"Kính gửi:", "- UBND các xã;", "Ủy ban nhân dân huyện ban hành kế hoạch như sau:"}, []string{"UBND các xã"}},
	}
	for _, tt := range tests {
		tx := newText(strings.Join(tt.lines, "\n"))
		got, _ := hdrKinhGui(tx, 0, tt.lines[0])
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q:\n got %q\nwant %q", tt.lines[0], got, tt.want)
		}
	}
}
