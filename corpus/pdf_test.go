package corpus

import (
	"bytes"
	"strconv"

	"context"
	"errors"
	"fmt"
	"github.com/ledongthuc/pdf"
	"github.com/vanban/vanban/extract/vn"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// pdfTestDir holds small real PDFs: gazette issues of 2022 and 2026, a
// ministry letter with PDF-font letters, and one whose fonts map glyphs to
// wrong code points (the quality check must catch it).
const pdfTestDir = "../testdata/pdf"

// pdfSharedData holds the 40 gazette PDFs and the real documents, absent
// from a clean clone.
const pdfSharedData = "../../shared/data"

// pdfBroken is the file of pdfTestDir whose text layer is mojibake.
const pdfBroken = "3036_SCT_CN_KHKTNT_Kho_VLCN_tam_Thuydien_MongSen1_3.6.2026.pdf"

func pdfTestFiles(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(pdfTestDir, "*.pdf"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no PDFs in %s: %v", pdfTestDir, err)
	}
	return files
}

// pdfWords is text as compared: normalized like every reader's output,
// furniture already removed, split at white space.
func pdfWords(pages pdfPages) []string {
	pdfStripFurniture(pages)
	text, _ := pdfJoin(pages)
	return strings.Fields(Normalize(text))
}

// pdfSimilarity is the word-level similarity of two texts: 2·LCS/(n+m),
// computed with Myers' O((n+m)·D) difference; a difference over a quarter
// of the words gives the bound 1 - D/(n+m) at that point.
func pdfSimilarity(a, b []string) float64 {
	n, m := len(a), len(b)
	if n+m == 0 {
		return 1
	}
	ids := map[string]int32{}
	id := func(ws []string) []int32 {
		out := make([]int32, len(ws))
		for i, w := range ws {
			v, ok := ids[w]
			if !ok {
				v = int32(len(ids))
				ids[w] = v
			}
			out[i] = v
		}
		return out
	}
	x, y := id(a), id(b)
	maxD := (n + m) / 4
	off := maxD + 1
	v := make([]int, 2*maxD+3)
	for d := 0; d <= maxD; d++ {
		for k := -d; k <= d; k += 2 {
			var i int
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				i = v[off+k+1]
			} else {
				i = v[off+k-1] + 1
			}
			j := i - k
			for i < n && j < m && x[i] == y[j] {
				i++
				j++
			}
			v[off+k] = i
			if i >= n && j >= m {
				return 1 - float64(d)/float64(n+m)
			}
		}
	}
	return 1 - float64(maxD)/float64(n+m)
}

// pdfBagSimilarity is the order-free word similarity: 2·Σmin(count)/(n+m)
// over the multisets of words, blind to the order of blocks (table cells)
// but not to split, joined or garbled words.
func pdfBagSimilarity(a, b []string) float64 {
	if len(a)+len(b) == 0 {
		return 1
	}
	count := map[string]int{}
	for _, w := range a {
		count[w]++
	}
	common := 0
	for _, w := range b {
		if count[w] > 0 {
			count[w]--
			common++
		}
	}
	return 2 * float64(common) / float64(len(a)+len(b))
}

func TestPDFSimilarity(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want float64
	}{
		{"a b c d", "a b c d", 1},
		{"a b c d", "a b d", 6.0 / 7},
		{"a b c d", "e f g h", 0.75}, // bounded: D capped at a quarter
		{"", "", 1},
	} {
		got := pdfSimilarity(strings.Fields(c.a), strings.Fields(c.b))
		if diff := got - c.want; diff > 1e-9 || diff < -1e-9 {
			t.Errorf("pdfSimilarity(%q, %q) = %.4f, want %.4f", c.a, c.b, got, c.want)
		}
	}
}

// pdfCompare reads every PDF of files with the built-in reader and with
// pdftotext and returns the similarities, logging each.
func pdfCompare(t *testing.T, files []string) (sims, orders []float64, usable []bool) {
	t.Helper()
	ctx := context.Background()
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("read %s: %v", f, err)
		}
		ref, err := pdfRunPdftotext(ctx, data)
		if err != nil {
			t.Errorf("%s: pdftotext: %v", filepath.Base(f), err)
			continue
		}
		got, err := pdfReadBuiltin(ctx, data)
		if err != nil {
			t.Errorf("%s: built-in: %v", filepath.Base(f), err)
			continue
		}
		qr, qg := pdfJudge(ref), pdfJudge(got)
		gw, rw := pdfWords(got), pdfWords(ref)
		s, o := pdfBagSimilarity(gw, rw), pdfSimilarity(gw, rw)
		t.Logf("words %.4f order %.4f %s (built-in: %s; pdftotext: %s)", s, o, filepath.Base(f), qg, qr)
		sims = append(sims, s)
		orders = append(orders, o)
		usable = append(usable, qr.ok() && qr.words >= pdfMinWords)
	}
	return sims, orders, usable
}

// pdfMinMedian returns the smallest and the median value.
func pdfMinMedian(xs []float64) (float64, float64) {
	if len(xs) == 0 {
		return 0, 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[0], s[len(s)/2]
}

// TestPDFGazetteSimilarity compares the built-in reader with pdftotext on
// the 40 gazette PDFs (goal: 0.97 on every file) and reports the real
// documents' figures.
func TestPDFGazetteSimilarity(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode: skipping the comparison over the shared PDFs")
	}
	if !pdfHasTool("pdftotext") {
		t.Skip("pdftotext is not installed (poppler-utils); skipping the comparison")
	}
	gazette, _ := filepath.Glob(filepath.Join(pdfSharedData, "pdf-gazette", "*.pdf"))
	if len(gazette) == 0 {
		t.Skipf("no gazette PDFs under %s; skipping the comparison", pdfSharedData)
	}
	sims, orders, _ := pdfCompare(t, gazette)
	lo, med := pdfMinMedian(sims)
	olo, omed := pdfMinMedian(orders)
	t.Logf("gazette: %d PDFs, word similarity min %.4f median %.4f; in order (LCS) min %.4f median %.4f", len(sims), lo, med, olo, omed)
	for i, s := range sims {
		if s < 0.97 {
			t.Errorf("%s: similarity %.4f below 0.97", filepath.Base(gazette[i]), s)
		}
	}
	real, _ := filepath.Glob(filepath.Join(pdfSharedData, "real-docs", "*.pdf"))
	rs, ro, ok := pdfCompare(t, real)
	lo, med = pdfMinMedian(rs)
	olo, omed = pdfMinMedian(ro)
	t.Logf("real documents: %d PDFs, word similarity min %.4f median %.4f; in order (LCS) min %.4f median %.4f", len(rs), lo, med, olo, omed)
	var us, uo []float64
	for i := range rs {
		if ok[i] {
			us, uo = append(us, rs[i]), append(uo, ro[i])
		}
	}
	lo, med = pdfMinMedian(us)
	olo, omed = pdfMinMedian(uo)
	t.Logf("real documents whose pdftotext text is usable: %d PDFs, word similarity min %.4f median %.4f; in order min %.4f median %.4f (the others are scans or mojibake for both)", len(us), lo, med, olo, omed)
}

// TestPDFTestdataFloor reads the committed PDFs through Read and checks
// the text against pdftotext when it is installed, and against a floor of
// content that does not need it.
func TestPDFTestdataFloor(t *testing.T) {
	ctx := context.Background()
	for _, f := range pdfTestFiles(t) {
		name := filepath.Base(f)
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if name == pdfBroken {
			pages, err := pdfReadBuiltin(ctx, data)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if q := pdfJudge(pages); q.ok() {
				t.Errorf("%s: broken font encoding passes the quality check: %s", name, q)
			}
			continue
		}
		tx, err := Read(ctx, name, data, Options{PDF: PDFBuiltin})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if tx.Format != FormatPDF {
			t.Errorf("%s: format %q", name, tx.Format)
		}
		for _, bad := range []string{"Người ký:", "Thời gian ký:", "Ngày ký:", "CÔNG BÁO/Số"} {
			if strings.Contains(tx.Text, bad) {
				t.Errorf("%s: furniture %q left in the body", name, bad)
			}
		}
		if !strings.Contains(tx.Text, "XÃ HỘI CHỦ NGHĨA VIỆT NAM") || !strings.Contains(tx.Text, "Độc lập - Tự do - Hạnh phúc") {
			t.Errorf("%s: national motto missing or broken:\n%s", name, firstLines(tx.Text, 15))
		}
		if q := pdfJudge(pdfPages{strings.Split(tx.Text, "\n")}); q.share < 0.85 {
			t.Errorf("%s: only %s", name, q)
		}
		if pdfHasTool("pdftotext") {
			ref, err := pdfRunPdftotext(ctx, data)
			if err != nil {
				t.Fatalf("%s: pdftotext: %v", name, err)
			}
			got, _ := pdfReadBuiltin(ctx, data)
			gw, rw := pdfWords(got), pdfWords(ref)
			s, o := pdfBagSimilarity(gw, rw), pdfSimilarity(gw, rw)
			if s < 0.97 || o < 0.9 {
				t.Errorf("%s: similarity to pdftotext: words %.4f (floor 0.97), in order %.4f (floor 0.9)", name, s, o)
			} else {
				t.Logf("%s: similarity to pdftotext: words %.4f, in order %.4f", name, s, o)
			}
		}
	}
}

// TestPDFNoTextLayer reads the PDF whose fonts yield mojibake: by OCR
// when tesseract with Vietnamese is installed (slow: skipped in -short),
// else an ErrNoText naming the packages that would read it.
func TestPDFNoTextLayer(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(pdfTestDir, pdfBroken))
	if err != nil {
		t.Fatal(err)
	}
	ocr := pdfHasTool("tesseract") && pdfHasTool("pdftoppm")
	if ocr && testing.Short() {
		t.Skip("short mode: skipping OCR")
	}
	tx, err := Read(context.Background(), pdfBroken, data, Options{PDF: PDFAuto, Limits: Limits{Timeout: 5 * time.Minute}})
	switch {
	case err == nil && tx.OCR:
		if !strings.Contains(tx.Text, "LÀO CAI") || !strings.Contains(tx.Text, "Độc lập") {
			t.Errorf("OCR text lacks the header:\n%s", firstLines(tx.Text, 8))
		}
		t.Logf("read by OCR (%v): %s", tx.Warnings, firstLines(tx.Text, 2))
	case err == nil:
		t.Errorf("mojibake read as text:\n%s", firstLines(tx.Text, 5))
	case ocr:
		t.Errorf("OCR failed: %v", err)
	case !errors.Is(err, ErrNoText) || !strings.Contains(err.Error(), "tesseract-ocr-vie"):
		t.Errorf("err = %v, want ErrNoText naming the OCR packages", err)
	}
}

// TestPDFHints checks the gazette issue and the signer taken from page
// furniture of the committed gazette PDFs.
func TestPDFHints(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct{ file, gazette string }{
		{"nghi-dinh-so-123-2026-nd-cp-469299.pdf", "Số 229/Ngày 19-04-2026"},
		{"thong-tu-so-01-2026-tt-btc-468744.pdf", ""},
	} {
		data, err := os.ReadFile(filepath.Join(pdfTestDir, c.file))
		if err != nil {
			t.Fatal(err)
		}
		tx, err := Read(ctx, c.file, data, Options{PDF: PDFBuiltin})
		if err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		if c.gazette != "" && tx.Hints.Gazette != c.gazette {
			t.Errorf("%s: gazette hint %q, want %q", c.file, tx.Hints.Gazette, c.gazette)
		}
		if tx.Hints.Signer != "" {
			t.Errorf("%s: signer hint %q from an organization's stamp", c.file, tx.Hints.Signer)
		}
	}
}

func TestPDFFurniture(t *testing.T) {
	pages := pdfPages{
		{"Người ký: Nguyễn Văn An", "Email: vpub@laocai.gov.vn", "Cơ quan: Ủy ban nhân dân tỉnh Lào Cai", "Thời gian ký: 12.03.2025 10:00:00 +07:00", "",
			"CÔNG BÁO/Số 851 + 852/Ngày 01-7-2025", "3", "ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "Số: 12/KH-UBND", "Nội dung trang một", "dòng hai"},
		{"CÔNG BÁO/Số 851 + 852/Ngày 01-7-2025", "4", "Nội dung trang hai", "- 4 -"},
		{"5", "CÔNG BÁO/Số 851 + 852/Ngày 01-7-2025", "Nội dung trang ba", "Cơ quan: không phải dấu ký"},
	}
	fu := pdfStripFurniture(pages)
	if fu.Gazette != "Số 851 + 852/Ngày 01-7-2025" {
		t.Errorf("gazette %q", fu.Gazette)
	}
	if fu.Signer != "Nguyễn Văn An" {
		t.Errorf("signer %q", fu.Signer)
	}
	got, _ := pdfJoin(pages)
	want := "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 12/KH-UBND\nNội dung trang một\ndòng hai\n\nNội dung trang hai\n\nNội dung trang ba\nCơ quan: không phải dấu ký"
	if got != want {
		t.Errorf("body:\n%s\nwant:\n%s", got, want)
	}
	for _, c := range []struct{ in, want string }{
		{"CÔNG BÁO/Số 301 + 302/Ngày 15-02-2024 17", "Số 301 + 302/Ngày 15-02-2024"},
		{"CÔNG BÁO/Số 229/Ngày 19-04-2026", "Số 229/Ngày 19-04-2026"},
		{"CÔNG BÁO/Số 12/Ngày15-01-2024", "Số 12/Ngày15-01-2024"},
		{"Công báo là ấn phẩm", ""},
	} {
		if got := pdfGazetteOf(c.in, vn.Fold(strings.ToLower(c.in))); got != c.want {
			t.Errorf("pdfGazetteOf(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"Nguyễn Văn An", "Nguyễn Văn An"},
		{"CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ", ""},
		{"Cổng Thông tin điện tử Chính phủ", ""},
		{"Văn phòng", ""},
		{"Trần Thị Bích Ngọc", "Trần Thị Bích Ngọc"},
	} {
		if got := pdfPersonName(c.in); got != c.want {
			t.Errorf("pdfPersonName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestPDFJoinLegacy checks that a paragraph a .VnTime font left as
// Latin-1 mojibake is decoded, and Unicode text is left alone.
func TestPDFJoinLegacy(t *testing.T) {
	pages := pdfPages{
		{"Céng hoµ x· héi chñ nghÜa ViÖt Nam", "§éc lËp - Tù do - H¹nh phóc", "", "Căn cứ Luật Tổ chức chính quyền địa phương"},
	}
	got, enc := pdfJoin(pages)
	want := "Cộng hoà xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\n\nCăn cứ Luật Tổ chức chính quyền địa phương"
	if Normalize(got) != Normalize(want) || enc != "tcvn3" {
		t.Errorf("pdfJoin = %q (%s), want %q (tcvn3)", got, enc, want)
	}
}

func TestPDFQuality(t *testing.T) {
	for _, c := range []struct {
		text string
		ok   bool
	}{
		{strings.Repeat("Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện chương trình mục tiêu quốc gia. ", 5), true},
		{strings.Repeat("&Ӝ1* HÒA XÃ +Ӝ, &+Ӫ 1*+Ƭ$ 9,ӊ7 NAM ĈӝF OұS - 7ӵ do - +ҥQK phúc 6ӕ 3036 ", 5), false},
		{"", false},
		{"12 3 4", false},
	} {
		q := pdfJudge(pdfPages{strings.Split(c.text, "\n")})
		if q.ok() != c.ok {
			t.Errorf("pdfJudge(%.40q) ok=%v (%s), want %v", c.text, q.ok(), q, c.ok)
		}
	}
}

func TestReadPDFErrors(t *testing.T) {
	ctx := context.Background()
	data, err := os.ReadFile(pdfTestFiles(t)[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		data []byte
	}{
		{"truncated", data[:len(data)/2]},
		{"header only", []byte("%PDF-1.7\n%%EOF\n")},
		{"zeroed middle", func() []byte {
			d := slices.Clone(data)
			clear(d[len(d)/3 : len(d)/3+4096])
			return d
		}()},
		{"encrypted", []byte("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <</Root 1 0 R /Encrypt 2 0 R>>\nstartxref\n9\n%%EOF\n")},
	} {
		tx, err := Read(ctx, c.name+".pdf", c.data, Options{PDF: PDFBuiltin, Limits: Limits{Timeout: 20 * time.Second}})
		if errors.Is(err, ErrPanic) || errors.Is(err, ErrTimeout) {
			t.Errorf("%s: %v", c.name, err)
		}
		if err == nil && tx.Text == "" {
			t.Errorf("%s: no error and no text", c.name)
		}
		if c.name == "encrypted" && !errors.Is(err, ErrEncrypted) {
			t.Errorf("encrypted: err = %v, want ErrEncrypted", err)
		}
	}
	enc := []byte("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <</Root 1 0 R /Encrypt 2 0 R>>\nstartxref\n9\n%%EOF\n")
	if _, err := Read(ctx, "enc.pdf", enc, Options{PDF: PDFAuto}); err == nil || !strings.Contains(err.Error(), "encrypted") {
		t.Errorf("auto on an unreadable encrypted PDF: %v", err)
	}
	if _, err := Read(ctx, "x.pdf", data, Options{PDF: "mupdf"}); err == nil {
		t.Error("unknown extractor accepted")
	}
}

// TestPDFExtractFields checks that the header fields come out of a
// gazette PDF: the first lines hold the number and the motto.
func TestPDFExtractFields(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(pdfTestDir, "nghi-dinh-so-123-2026-nd-cp-469299.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	tx, err := Read(context.Background(), "nd.pdf", data, Options{PDF: PDFBuiltin})
	if err != nil {
		t.Fatal(err)
	}
	head := firstLines(tx.Text, 30)
	for _, want := range []string{"Số: 123/2026/NĐ-CP", "Hà Nội, ngày 04 tháng 4 năm 2026", "NGHỊ ĐỊNH", "CHÍNH PHỦ"} {
		if !strings.Contains(head, want) {
			t.Errorf("header lacks %q:\n%s", want, head)
		}
	}
}

// pdfSynth builds a small valid PDF: a Type0 font with a ToUnicode CMap
// and widths, text shown with Tj and TJ, a form XObject and a widget
// annotation whose appearance draws a number, with a correct xref table.
func pdfSynth() []byte {
	content := "BT /F1 12 Tf 1 0 0 1 72 760 Tm <00010002> Tj [<0003> -250 <0001>] TJ ET q 1 0 0 1 300 760 cm /X1 Do Q\n" +
		"BT /F2 14 Tf 16 TL 72 700 Td (Ke hoach) Tj (so 12) ' ET\n"
	cmap := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n" +
		"2 beginbfchar <0001> <1EE6> <0002> <0059> endbfchar\n1 beginbfrange <0003> <0005> <00410042> endbfrange\nendcmap CMapName currentdict /CMap defineresource pop end end\n"
	form := "BT /F1 10 Tf 0 0 Td <000100020003> Tj ET\n"
	ap := "BT /F2 13 Tf 1 0 0 1 0.5 4.5 Tm (1178) Tj ET\n"
	objs := []string{
		"<</Type/Catalog/Pages 2 0 R>>",
		"<</Type/Pages/Kids[3 0 R]/Count 1>>",
		"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Annots[10 0 R]/Resources<</Font<</F1 5 0 R/F2 8 0 R>>/XObject<</X1 9 0 R>>>>>>",
		fmt.Sprintf("<</Length %d>>stream\n%sendstream", len(content), content),
		"<</Type/Font/Subtype/Type0/BaseFont/ABCDEF+Times/Encoding/Identity-H/DescendantFonts[6 0 R]/ToUnicode 7 0 R>>",
		"<</Type/Font/Subtype/CIDFontType2/BaseFont/ABCDEF+Times/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/DW 500/W[1[722 722]3 5 611]>>",
		fmt.Sprintf("<</Length %d>>stream\n%sendstream", len(cmap), cmap),
		"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>",
		fmt.Sprintf("<</Type/XObject/Subtype/Form/BBox[0 0 100 20]/Resources<</Font<</F1 5 0 R>>>>/Length %d>>stream\n%sendstream", len(form), form),
		"<</Type/Annot/Subtype/Widget/FT/Sig/F 4/Rect[137 709 175 729]/AP<</N 11 0 R>>>>",
		fmt.Sprintf("<</Type/XObject/Subtype/Form/BBox[0 0 38 20]/Resources<</Font<</F2 8 0 R>>>>/Length %d>>stream\n%sendstream", len(ap), ap),
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

func TestPDFSynth(t *testing.T) {
	pages, err := pdfReadBuiltin(context.Background(), pdfSynth())
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(pages[0], "\n")
	for _, want := range []string{"ỦYAB Ủ", "Ke hoach", "so 12", "1178"} {
		if !strings.Contains(got, want) {
			t.Errorf("synthetic PDF text lacks %q:\n%s", want, got)
		}
	}
}

// TestPDFEncrypted reads an AES-256 encrypted PDF (made with qpdf from
// pdfSynth): the built-in reader says it cannot decrypt it; auto falls
// back to pdftotext and says so.
func TestPDFEncrypted(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(pdfTestDir, "encrypted", "synth-aes256.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := Read(ctx, "aes.pdf", data, Options{PDF: PDFBuiltin}); !errors.Is(err, ErrEncrypted) {
		t.Errorf("builtin: err = %v, want ErrEncrypted", err)
	}
	if !pdfHasTool("pdftotext") {
		t.Skip("pdftotext is not installed; skipping the fallback")
	}
	tx, err := Read(ctx, "aes.pdf", data, Options{PDF: PDFAuto})
	if err != nil {
		t.Fatalf("auto: %v", err)
	}
	if !strings.Contains(tx.Text, "Ke hoach") || len(tx.Warnings) == 0 || !strings.Contains(tx.Warnings[0], "pdftotext") {
		t.Errorf("auto: text %q, warnings %q", tx.Text, tx.Warnings)
	}
}

func FuzzReadPDF(f *testing.F) {
	// small inputs only: the fuzzer crawls on the real files (hundreds of
	// kilobytes); their heads and tails still seed the parser paths
	for _, p := range pdfTestFiles(f) {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data[:min(len(data), 4096)])
	}
	f.Add(pdfSynth())
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		// the built-in reader itself, outside Read's recover and without
		// external tools: no panic may escape it
		tx, err := pdfRead(ctx, data, Options{PDF: PDFBuiltin}, false)
		if err == nil && tx == nil {
			t.Fatal("nil text without error")
		}
	})
}

// BenchmarkPDFBuiltin and BenchmarkPDFPdftotext read the committed PDFs;
// b.SetBytes counts input bytes and the pages/s metric compares the two.
func BenchmarkPDFBuiltin(b *testing.B) {
	pdfBench(b, func(data []byte) (pdfPages, error) { return pdfReadBuiltin(context.Background(), data) })
}

func BenchmarkPDFPdftotext(b *testing.B) {
	if !pdfHasTool("pdftotext") {
		b.Skip("pdftotext is not installed")
	}
	pdfBench(b, func(data []byte) (pdfPages, error) { return pdfRunPdftotext(context.Background(), data) })
}

func pdfBench(b *testing.B, read func([]byte) (pdfPages, error)) {
	var all [][]byte
	size, pages := 0, 0
	for _, p := range pdfTestFiles(b) {
		if filepath.Base(p) == pdfBroken {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		pp, err := read(data)
		if err != nil {
			b.Fatalf("%s: %v", p, err)
		}
		all = append(all, data)
		size += len(data)
		pages += len(pp)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		for _, data := range all {
			if _, err := read(data); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(pages*b.N)/time.Since(start).Seconds(), "pages/s")
}

// pdfDump is a debugging aid: go test -run TestPDFDump -pdf.dump FILE.
func TestPDFDump(t *testing.T) {
	path := os.Getenv("VANBAN_PDF_DUMP")
	if path == "" {
		t.Skip("set VANBAN_PDF_DUMP=file.pdf to print the built-in reader's pages")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if pg := os.Getenv("VANBAN_PDF_GLYPHS"); pg != "" {
		r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatal(err)
		}
		n, _ := strconv.Atoi(pg)
		w := &pdfWalker{ctx: context.Background(), fonts: map[string]*pdfFont{}}
		for _, g := range w.page(r.Page(n)) {
			fmt.Printf("x=%7.2f y=%7.2f w=%6.2f size=%5.2f dir=%d %q\n", g.X, g.Y, g.W, g.Size, g.Dir, g.S)
		}
		return
	}
	pages, err := pdfReadBuiltin(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range pages {
		fmt.Printf("=== page %d\n%s\n", i+1, strings.Join(p, "\n"))
	}
}
