package corpus

import (
	"errors"
	"github.com/vanban/vanban/extract"
	"github.com/vanban/vanban/rules"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// decSentences are real sentences of administrative documents.
var decSentences = []string{
	"ỦY BAN NHÂN DÂN TỈNH NINH THUẬN. Kế hoạch thực hiện Đề án xây dựng xã hội học tập; người dân được hưởng lợi, hòa nhập.",
	"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; xét đề nghị của Giám đốc Sở Giáo dục và Đào tạo.",
	"Phấn đấu đến năm 2025 có 95% số xã, phường, thị trấn đạt chuẩn; tỷ lệ hộ nghèo giảm bình quân 1,5%/năm.",
}

func TestDecodeRoundTrip(t *testing.T) {
	for _, enc := range []string{EncTCVN3, EncVNI, EncVISCII} {
		for _, s := range decSentences {
			b := encodeLegacy(enc, s)
			got, gotEnc, err := Decode(b)
			if err != nil {
				t.Fatalf("%s: Decode: %v", enc, err)
			}
			want := s
			if enc == EncTCVN3 { // capitals share the lower-case byte
				got, want = strings.ToLower(got), strings.ToLower(want)
			}
			if got != want {
				t.Errorf("%s round trip:\n got %q\nwant %q", enc, got, want)
			}
			if gotEnc != enc {
				t.Errorf("%s detected as %s", enc, gotEnc)
			}
		}
	}
	for _, s := range decSentences {
		b := encodeLegacy(EncCP1258, s)
		got, enc, err := Decode([]byte(b))
		if err != nil || got != s || enc != EncCP1258 {
			t.Errorf("cp1258: got %q %s %v", got, enc, err)
		}
	}
}

func TestDecodeTCVN3Capitals(t *testing.T) {
	got := decodeTCVN3(encodeLegacy(EncTCVN3, "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN"))
	if got != "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN" {
		t.Fatalf("got %q", got)
	}
}

func TestDecodeUnicodeForms(t *testing.T) {
	s := "Kế hoạch thực hiện Đề án"
	cases := []struct {
		name string
		in   []byte
		enc  string
	}{
		{"utf8", []byte(s), EncUTF8},
		{"bom", append([]byte("\xef\xbb\xbf"), s...), EncUTF8},
		{"utf16le", decUTF16Bytes(s, false, true), EncUTF16},
		{"utf16be", decUTF16Bytes(s, true, true), EncUTF16},
		{"utf16le-nobom", decUTF16Bytes(s, false, false), EncUTF16},
		{"mojibake", []byte(decAsCP1252(s + ", người dân được hưởng lợi")), EncCP1252},
	}
	for _, c := range cases {
		got, enc, err := Decode(c.in)
		if err != nil || !strings.HasPrefix(got, s) || enc != c.enc {
			t.Errorf("%s: got %q %s %v", c.name, got, enc, err)
		}
	}
}

func TestDecodeLegacyRunes(t *testing.T) {
	// a .VnTime run of a docx: TCVN3 bytes held as Windows-1252 code points
	in := "KÕ ho¹ch thùc hiÖn §Ò ¸n x©y dùng x· héi häc tËp"
	got, enc, ok := DecodeLegacyRunes(in)
	if !ok || enc != EncTCVN3 || got != "Kế hoạch thực hiện Đề án xây dựng xã hội học tập" {
		t.Fatalf("got %q %s %v", got, enc, ok)
	}
	if _, _, ok := DecodeLegacyRunes("Kế hoạch thực hiện Đề án"); ok {
		t.Fatal("decoded Unicode text")
	}
}

// TestDecodeLegacyRunesLines decodes short lines of legacy-font text held
// as Windows-1252 code points, as docx runs and PDF text give them, and
// leaves Unicode Vietnamese and other Latin-1 languages alone.
func TestDecodeLegacyRunesLines(t *testing.T) {
	asRunes := func(b []byte) string {
		var sb strings.Builder
		for _, c := range b {
			if c < 0x80 {
				sb.WriteByte(c)
			} else {
				sb.WriteRune(decLegacy.cp1252[c])
			}
		}
		return sb.String()
	}
	for _, s := range []string{"ỦY BAN NHÂN DÂN", "Nơi nhận:", "KẾ HOẠCH", "Số: 12/KH-UBND", "Điều 1.", "- Lưu: VT.",
		"Ninh Thuận, ngày 02 tháng 6 năm 2020", "CHỦ TỊCH", "Nguyễn Văn Hòa", "TỈNH BÌNH DƯƠNG"} {
		for _, enc := range []string{EncTCVN3, EncVNI} {
			in := asRunes(encodeLegacy(enc, s))
			got, gotEnc, ok := DecodeLegacyRunes(in)
			want := s
			if enc == EncTCVN3 {
				got, want = strings.ToLower(got), strings.ToLower(s)
			}
			if !ok || got != want || gotEnc != enc {
				t.Errorf("%s %q: got %q %s %v", enc, in, got, gotEnc, ok)
			}
		}
	}
	for _, s := range []string{"Café crème, résumé à la carte", "Müller & Söhne GmbH", "São Paulo, Brasil", "naïve façade",
		"Kế hoạch thực hiện", "ỦY BAN", "Số 12"} {
		if got, enc, ok := DecodeLegacyRunes(s); ok {
			t.Errorf("%q decoded as %s: %q", s, enc, got)
		}
	}
}

func TestDecodeJunk(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 4000)
	for i := range random {
		random[i] = byte(rng.UintN(256))
	}
	spaced := make([]byte, 4000) // high bytes with spaces, no controls
	for i := range spaced {
		spaced[i] = byte(0x80 + rng.UintN(128))
		if i%6 == 0 {
			spaced[i] = ' '
		}
	}
	mixed := make([]byte, 4000) // printable ASCII and high bytes in words
	for i := range mixed {
		mixed[i] = byte(0x21 + rng.UintN(222))
		if i%5 == 0 {
			mixed[i] = ' '
		}
	}
	cases := map[string][]byte{
		"random":  random,
		"spaced":  spaced,
		"mixed":   mixed,
		"nul":     append([]byte("Kế hoạch\x00\x00\x00\x00"), make([]byte, 100)...),
		"png":     append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), random[:200]...),
		"latin-1": []byte(strings.Repeat("Le conseil r\xe9gional a d\xe9cid\xe9 de la cr\xe9ation d'un comit\xe9 \xe0 Paris. ", 20)),
	}
	for name, b := range cases {
		if _, enc, err := Decode(b); !errors.Is(err, ErrUndecodable) {
			t.Errorf("%s: decoded as %s, want ErrUndecodable (err %v)", name, enc, err)
		}
	}
	// short real text in a legacy encoding is not junk
	for _, enc := range []string{EncTCVN3, EncVNI, EncVISCII, EncCP1258} {
		for _, s := range []string{"Nơi nhận:", "QUYẾT ĐỊNH", "Điều 1. Ban hành kèm theo Quyết định này"} {
			if _, _, err := Decode(encodeLegacy(enc, s)); err != nil {
				t.Errorf("%s %q: %v", enc, s, err)
			}
		}
	}
}

// decAlphabet is every Vietnamese letter, lower case then capitals.
const decAlphabet = "a à ả ã á ạ ă ằ ẳ ẵ ắ ặ â ầ ẩ ẫ ấ ậ b c d đ e è ẻ ẽ é ẹ ê ề ể ễ ế ệ g h i ì ỉ ĩ í ị k l m n o ò ỏ õ ó ọ ô ồ ổ ỗ ố ộ ơ ờ ở ỡ ớ ợ p q r s t u ù ủ ũ ú ụ ư ừ ử ữ ứ ự v x y ỳ ỷ ỹ ý ỵ " +
	"A À Ả Ã Á Ạ Ă Ằ Ẳ Ẵ Ắ Ặ Â Ầ Ẩ Ẫ Ấ Ậ B C D Đ E È Ẻ Ẽ É Ẹ Ê Ề Ể Ễ Ế Ệ G H I Ì Ỉ Ĩ Í Ị K L M N O Ò Ỏ Õ Ó Ọ Ô Ồ Ổ Ỗ Ố Ộ Ơ Ờ Ở Ỡ Ớ Ợ P Q R S T U Ù Ủ Ũ Ú Ụ Ư Ừ Ử Ữ Ứ Ự V X Y Ỳ Ỷ Ỹ Ý Ỵ"

// TestDecodeIconv cross-checks the tables against glibc iconv where it has
// them: every letter encoded by iconv decodes back to itself (TCVN3: the
// lower-case letters, since glibc writes the VN1 variant whose toned
// capitals have codes VN3 fonts do not use).
func TestDecodeIconv(t *testing.T) {
	if _, err := exec.LookPath("iconv"); err != nil {
		t.Skip("iconv not installed")
	}
	lower := decAlphabet[:strings.Index(decAlphabet, "A ")]
	for _, c := range []struct{ iconvName, enc, text string }{
		{"TCVN5712-1", EncTCVN3, lower},
		{"VISCII", EncVISCII, decAlphabet},
		{"CP1258", EncCP1258, decAlphabet},
	} {
		cmd := exec.Command("iconv", "-f", "UTF-8", "-t", c.iconvName)
		cmd.Stdin = strings.NewReader(c.text)
		out, err := cmd.Output()
		if err != nil {
			t.Logf("iconv lacks %s: %v", c.iconvName, err)
			continue
		}
		if got := norm.NFC.String(decodeAs(c.enc, out)); got != c.text {
			t.Errorf("%s: iconv bytes decode to\n%q\nwant\n%q", c.iconvName, got, c.text)
		}
		if c.enc != EncCP1258 { // iconv writes CP1258 decomposed; ours precomposes where it can
			if mine := encodeLegacy(c.enc, c.text); string(mine) != string(out) {
				t.Errorf("%s: our encoding differs from iconv's", c.iconvName)
			}
		}
	}
}

// TestDecodeSeedLegacy writes every seed in TCVN3, VNI, Windows-1258 and
// VISCII, reads it back through Read and checks that the normalized text
// equals that of the UTF-8 original (up to letter case for TCVN3, which
// shares toned capitals with the lower case) and that extraction finds the
// same number, date, document type and issuer.
func TestDecodeSeedLegacy(t *testing.T) {
	seeds, _ := filepath.Glob("../testdata/seeds/*.txt")
	if len(seeds) == 0 {
		t.Fatal("no seeds in ../testdata/seeds")
	}
	rs, err := rules.LoadDir("")
	if err != nil {
		t.Fatal(err)
	}
	x := extract.New(rs)
	fields := func(tx *Text, name string) string {
		d := x.Extract(tx.Input(name))
		num := ""
		if d.Number != nil {
			num = d.Number.Text
		}
		return strings.Join([]string{num, d.Issued.Date, d.DocType, d.Issuer.Name, d.Issuer.Level, d.Issuer.Province}, " | ")
	}
	for _, seed := range seeds {
		data, err := os.ReadFile(seed)
		if err != nil {
			t.Fatal(err)
		}
		orig, err := Read(t.Context(), seed, data, Options{})
		if err != nil {
			t.Fatal(err)
		}
		want := fields(orig, seed)
		for _, enc := range []string{EncTCVN3, EncVNI, EncCP1258, EncVISCII} {
			b := encodeLegacy(enc, orig.Text)
			got, err := Read(t.Context(), seed, b, Options{})
			if err != nil {
				t.Errorf("%s %s: %v", filepath.Base(seed), enc, err)
				continue
			}
			a, o := got.Text, orig.Text
			if enc == EncVISCII { // no curly quotes, dashes or ellipsis in VISCII
				o = Normalize(decVISCIIRepertoire(o))
			}
			if enc == EncTCVN3 {
				a, o = strings.ToLower(a), strings.ToLower(o)
			}
			if a != o {
				t.Errorf("%s %s: normalized text differs from the UTF-8 original at line %d", filepath.Base(seed), enc, normFirstDiff(a, o))
			}
			if got.Encoding != enc {
				t.Errorf("%s %s: detected %s", filepath.Base(seed), enc, got.Encoding)
			}
			if f := fields(got, seed); f != want {
				t.Errorf("%s %s: extracted %q, want %q", filepath.Base(seed), enc, f, want)
			}
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("Kế hoạch"))
	f.Add(encodeLegacy(EncTCVN3, decSentences[0]))
	f.Add(encodeLegacy(EncVNI, decSentences[0]))
	f.Add([]byte("\xff\xfeK\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, _, err := Decode(b)
		if err != nil {
			return
		}
		if len(s) > 4*len(b)+16 {
			t.Fatalf("output of %d bytes for %d", len(s), len(b))
		}
		if !utf8.ValidString(s) || !norm.NFC.IsNormalString(s) {
			t.Fatalf("output %q of %q is not valid NFC text", s, b)
		}
	})
}

func BenchmarkDecodeTCVN3(b *testing.B) {
	data := encodeLegacy(EncTCVN3, strings.Repeat(strings.Join(decSentences, "\n")+"\n", 200))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := Decode(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeUTF8(b *testing.B) {
	data := []byte(strings.Repeat(strings.Join(decSentences, "\n")+"\n", 200))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := Decode(data); err != nil {
			b.Fatal(err)
		}
	}
}

func decUTF16Bytes(s string, be, bom bool) []byte {
	var out []byte
	if bom {
		if be {
			out = append(out, 0xfe, 0xff)
		} else {
			out = append(out, 0xff, 0xfe)
		}
	}
	for _, r := range s {
		if r > 0xFFFF {
			continue
		}
		if be {
			out = append(out, byte(r>>8), byte(r))
		} else {
			out = append(out, byte(r), byte(r>>8))
		}
	}
	return out
}

func decAsCP1252(s string) string {
	var sb strings.Builder
	for _, c := range []byte(s) {
		if c < 0x80 {
			sb.WriteByte(c)
		} else {
			sb.WriteRune(decLegacy.cp1252[c])
		}
	}
	return sb.String()
}

// decVISCIIRepertoire replaces the runes VISCII cannot encode with '?', as
// encodeLegacy does.
func decVISCIIRepertoire(s string) string {
	return strings.Map(func(r rune) rune {
		if _, ok := decLegacy.encVISCII[r]; ok || (r < 0x80 && !strings.ContainsRune("\x02\x05\x06\x14\x19\x1e", r)) {
			return r
		}
		return '?'
	}, s)
}

// TestDecodeTCVN3Case checks the capitals TCVN3 cannot encode, restored from
// context: all-capital words, sentence and list starts, "Ủy ban".
func TestDecodeTCVN3Case(t *testing.T) {
	cases := []struct{ in, want string }{
		{"ỦY BAN NHÂN DÂN TỈNH NINH THUẬN", "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN"},
		{"KẾ HOẠCH", "KẾ HOẠCH"},
		{"Ủy ban nhân dân các huyện", "Ủy ban nhân dân các huyện"},
		{"các Sở, ngành, Ủy ban nhân dân", "các Sở, ngành, Ủy ban nhân dân"},
		{"d) Ứng dụng công nghệ số", "d) Ứng dụng công nghệ số"},
		{"- Ủy ban MTTQ xã (để P/h);", "- Ủy ban MTTQ xã (để P/h);"},
		{"giai đoạn 2021 - 2030”. Ủy ban nhân dân", "giai đoạn 2021 - 2030”. Ủy ban nhân dân"},
		{"1.9. Ấp văn hóa", "1.9. Ấp văn hóa"},
		{"Ứng dụng\nẨn số", "Ứng dụng\nẨn số"},
		{"nhằm ứng dụng, ủy quyền và ổn định", "nhằm ứng dụng, ủy quyền và ổn định"},
		{"Thời hạn: ước tính", "Thời hạn: ước tính"},
	}
	for _, c := range cases {
		if got := decodeTCVN3(encodeLegacy(EncTCVN3, c.in)); got != c.want {
			t.Errorf("decodeTCVN3(%q) = %q", c.want, got)
		}
	}
	// on the seeds, nearly every word comes back with its case
	seeds, _ := filepath.Glob("../testdata/golden/text/*.txt")
	if len(seeds) == 0 {
		t.Fatal("no golden text in ../testdata/golden/text")
	}
	bad, total := 0, 0
	for _, p := range seeds {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		s, _, err := Decode(encodeLegacy(EncTCVN3, string(data)))
		if err != nil {
			t.Fatal(err)
		}
		a, b := strings.Fields(Normalize(s)), strings.Fields(Normalize(string(data)))
		if len(a) != len(b) {
			t.Fatalf("%s: %d words, want %d", p, len(a), len(b))
		}
		for i := range a {
			total++
			if a[i] != b[i] {
				bad++
			}
		}
	}
	t.Logf("TCVN3 case: %d of %d words differ", bad, total)
	if bad*1000 > total {
		t.Errorf("TCVN3 case: %d of %d words differ", bad, total)
	}
}

// TestDecodeCP1258Compose checks the table composition against x/text's
// decoder followed by norm.NFC, on the alphabet and on random bytes.
func TestDecodeCP1258Compose(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	inputs := [][]byte{encodeCP1258(decAlphabet), []byte("Ho\xccc sinh \xecn\xde\xde a\xf2\xec")}
	for range 300 {
		b := make([]byte, 1+rng.IntN(40))
		for i := range b {
			b[i] = byte(rng.UintN(256))
		}
		inputs = append(inputs, b)
	}
	for _, b := range inputs {
		ref, err := charmap.Windows1258.NewDecoder().Bytes(b)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := decodeCP1258(b), norm.NFC.String(string(ref)); got != want {
			t.Errorf("decodeCP1258(%q) = %q, want %q", b, got, want)
		}
	}
}
