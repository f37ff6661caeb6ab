package corpus

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
)

// pdfHasTool reports whether the program name is on PATH.
func pdfHasTool(name string) bool {
	_, err := exec.LookPath(name)
	return err == nil
}

// pdfTempFile writes data to a temporary file for an external tool and
// returns its path and a function removing it.
func pdfTempFile(data []byte) (string, func(), error) {
	dir, err := os.MkdirTemp("", "vanban-pdf-")
	if err != nil {
		return "", nil, fmt.Errorf("pdf: temp dir: %w", err)
	}
	clean := func() { os.RemoveAll(dir) }
	path := filepath.Join(dir, "in.pdf")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		clean()
		return "", nil, fmt.Errorf("pdf: temp file: %w", err)
	}
	return path, clean, nil
}

// pdfRunPdftotext reads a PDF with poppler's pdftotext (reading order, not
// -layout), page by page.
func pdfRunPdftotext(ctx context.Context, data []byte) (pdfPages, error) {
	if !pdfHasTool("pdftotext") {
		return nil, errors.New("pdf: pdftotext is not installed (Debian package poppler-utils)")
	}
	path, clean, err := pdfTempFile(data)
	if err != nil {
		return nil, err
	}
	defer clean()
	var out, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, "pdftotext", "-q", "-enc", "UTF-8", path, "-")
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("pdf: pdftotext: %w: %s", err, firstLines(strings.TrimSpace(stderr.String()), 3))
	}
	return pdfSplitPages(out.String()), nil
}

// pdfSplitPages cuts text with form feeds between pages into pages of
// lines, blank lines as "".
func pdfSplitPages(s string) pdfPages {
	var pages pdfPages
	for _, p := range strings.Split(strings.TrimRight(s, "\f\n"), "\f") {
		lines := strings.Split(p, "\n")
		for i, l := range lines {
			lines[i] = strings.TrimSpace(l)
		}
		pages = append(pages, lines)
	}
	return pages
}

// pdfOCRPackages are the Debian packages OCR needs.
const pdfOCRPackages = "tesseract-ocr tesseract-ocr-vie poppler-utils"

// pdfOCR renders the pages with pdftoppm and reads them with tesseract's
// Vietnamese model, a page per CPU at a time.
func pdfOCR(ctx context.Context, data []byte) (pdfPages, error) {
	if !pdfHasTool("tesseract") || !pdfHasTool("pdftoppm") {
		return nil, fmt.Errorf("%w: OCR needs tesseract and pdftoppm (Debian packages %s)", ErrNoText, pdfOCRPackages)
	}
	langs, err := exec.CommandContext(ctx, "tesseract", "--list-langs").CombinedOutput()
	if err != nil || !strings.Contains(string(langs), "\nvie") {
		return nil, fmt.Errorf("%w: tesseract has no Vietnamese model (Debian package tesseract-ocr-vie)", ErrNoText)
	}
	path, clean, err := pdfTempFile(data)
	if err != nil {
		return nil, err
	}
	defer clean()
	dir := filepath.Dir(path)
	if out, err := exec.CommandContext(ctx, "pdftoppm", "-r", "300", "-gray", "-png", path, filepath.Join(dir, "p")).CombinedOutput(); err != nil {
		return nil, fmt.Errorf("pdf: pdftoppm: %w: %s", err, firstLines(string(out), 3))
	}
	imgs, _ := filepath.Glob(filepath.Join(dir, "p-*.png"))
	sort.Strings(imgs) // pdftoppm pads page numbers to one width
	if len(imgs) == 0 {
		return nil, fmt.Errorf("%w: pdftoppm rendered no pages", ErrNoText)
	}
	// pages in parallel, one tesseract thread each
	texts := make([]string, len(imgs))
	errs := make([]error, len(imgs))
	workers := min(len(imgs), max(1, runtime.NumCPU()))
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				var out, stderr bytes.Buffer
				cmd := exec.CommandContext(ctx, "tesseract", imgs[i], "-", "-l", "vie", "--psm", "3")
				cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
				cmd.Stdout, cmd.Stderr = &out, &stderr
				if err := cmd.Run(); err != nil {
					errs[i] = fmt.Errorf("pdf: tesseract %s: %w: %s", filepath.Base(imgs[i]), err, firstLines(stderr.String(), 3))
					continue
				}
				texts[i] = out.String()
			}
		}()
	}
	for i := range imgs {
		next <- i
	}
	close(next)
	wg.Wait()
	var pages pdfPages
	for i := range imgs {
		if errs[i] != nil {
			return nil, errs[i]
		}
		pages = append(pages, pdfSplitPages(texts[i])...)
	}
	return pages, nil
}
