package extract_test

import (
	"archive/zip"
	"html"
	"io"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/vanban/vanban/extract"
	"github.com/vanban/vanban/rules"
)

// realDocsDir holds real .docx/.pdf/.doc documents (see
// /work/shared/data/SOURCES.md); absent in a clean clone.
const realDocsDir = "../../shared/data/real-docs"

var (
	docxAnchor = regexp.MustCompile(`<wp[^>]*>[^<]*</wp[^>]*>`)
	docxTag    = regexp.MustCompile(`<[^>]+>`)
	docxBreak  = regexp.MustCompile(`<w:br[^>]*/>`)
)

// docxText is a test-only, minimal docx to text conversion: one line per
// paragraph, table cells one after another. It keeps this check
// independent of the corpus readers.
func docxText(path string) (string, error) {
	z, err := zip.OpenReader(path)
	if err != nil {
		return "", err
	}
	defer z.Close()
	for _, f := range z.File {
		if f.Name != "word/document.xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return "", err
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return "", err
		}
		x := docxAnchor.ReplaceAllString(string(b), "")
		x = docxBreak.ReplaceAllString(strings.NewReplacer("<w:tab/>", "\t", "<w:tab />", "\t", "</w:p>", "\n").Replace(x), "\n")
		return html.UnescapeString(docxTag.ReplaceAllString(x, "")), nil
	}
	return "", io.ErrUnexpectedEOF
}

// TestRealDocsHeader extracts every real .docx (Lào Cai departments' and
// central bodies' letters, plans, decisions, laws, forms; 2019–2026) and
// checks the share that yields a document type, an issuer level, a date
// and a named signer. Forms, annexes and catalogues have none of these,
// hence the floors below 100%.
func TestRealDocsHeader(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(realDocsDir, "*.docx"))
	if len(files) == 0 {
		t.Skipf("%s absent: heavy check skipped", realDocsDir)
	}
	rs, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	x := extract.New(rs)
	var read, typed, leveled, dated, signed int
	for _, f := range files {
		text, err := docxText(f)
		if err != nil || strings.TrimSpace(text) == "" {
			t.Logf("%s: %v", filepath.Base(f), err)
			continue
		}
		read++
		d := x.Extract(extract.Input{Text: text, Source: extract.Source{Path: f, Format: "docx"}})
		if d.DocType != "" {
			typed++
		}
		if d.Issuer.Level != "" {
			leveled++
		}
		if d.Issued.Date != "" {
			dated++
		}
		if len(d.Signers) > 0 && d.Signers[0].Name != "" {
			signed++
		}
		if testing.Verbose() {
			t.Logf("%s: %s | %v | %s | %s %s | %+v", filepath.Base(f), d.DocType, d.Number, d.Issued.Date, d.Issuer.Level, d.Issuer.Name, d.Signers)
		}
	}
	if read == 0 {
		t.Fatal("no real .docx could be read")
	}
	t.Logf("%d read: doc_type %d, level %d, date %d, signer %d", read, typed, leveled, dated, signed)
	for _, c := range []struct {
		name  string
		n     int
		floor float64
	}{{"doc_type", typed, 0.85}, {"issuer.level", leveled, 0.85}, {"issued.date", dated, 0.70}, {"signer", signed, 0.75}} {
		if float64(c.n) < c.floor*float64(read) {
			t.Errorf("%s found in %d of %d real documents, want at least %.0f%%", c.name, c.n, read, 100*c.floor)
		}
	}
}
