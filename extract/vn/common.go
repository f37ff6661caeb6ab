package vn

import "strings"

// commonWords are about 200 of the most frequent syllables of Vietnamese
// administrative prose, lower case, NFC, old tone style. They are the
// language, not the domain: a text in which none of them occurs is not
// Vietnamese prose, whatever its share of well-formed syllables.
var commonWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		của và các được trong có cho là với theo không những này đã để từ một
		người năm ngày tháng về tại đến khi đó cũng như làm trên sẽ phải nhất
		ủy ban nhân dân tỉnh huyện xã phường thành phố quận thị trấn
		kế hoạch thực hiện quyết định công văn chỉ thị thông tư nghị luật
		quy định ban hành căn cứ điều khoản số hiệu lực kể
		sở giám đốc chủ tịch phó cơ quan đơn vị tổ chức cá
		nhà nước chính phủ bộ trưởng hội đồng chương trình đề án
		phát triển kinh tế xã hội giáo dục đào tạo y tế văn hóa
		đảm bảo tăng cường nâng cao triển khai xây dựng quản lý
		các cấp ngành địa phương trách nhiệm nhiệm vụ giải pháp mục tiêu
		năm giai đoạn đến nay đồng thời bao gồm hoặc nếu thì mà vì do nên
		đạt hơn trở lên dưới ít nhất tối thiểu tỷ lệ
		việc nơi nhận lưu trung ương hành chính tài chính ngân sách kinh phí
		báo cáo kiểm tra giám sát đánh giá kết quả tình hình
		hướng dẫn phối hợp chủ trì tham mưu đề nghị xem xét
		mới cũ lớn nhỏ cao thấp tốt đủ rất đều chưa đang vẫn còn
		ở ý sau trước giữa ngoài đây đó nào bằng hay ra vào lại
		tiếp tục hoàn thành thời gian hàng hằng đối tượng
		dân cư lao động việc làm an toàn ninh môi trường
		nông nghiệp công nghiệp thương mại dịch vụ du lịch
		học sinh trường hệ thống thông tin điện tử số hóa
		cộng hòa chủ nghĩa việt nam độc lập tự do hạnh phúc
	`) {
		m[w] = true
	}
	return m
}()

// IsCommon reports whether word, in lower case NFC, is one of the most
// frequent syllables of Vietnamese administrative prose ("của", "và",
// "được", "người", "năm", "ủy", "tỉnh", …). Decoders use it to tell
// Vietnamese from text that only looks like it.
func IsCommon(word string) bool { return commonWords[word] }

// IsCommonBytes is IsCommon for a word held in bytes; it does not allocate.
func IsCommonBytes(word []byte) bool { return commonWords[string(word)] }
