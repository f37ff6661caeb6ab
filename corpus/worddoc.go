package corpus

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

// wordTools are the converters of Word 97–2003 files tried in order, with
// their arguments (the file name is appended) and the Debian package that
// installs them.
var wordTools = []struct {
	name string
	args []string
	pkg  string
}{
	{"antiword", []string{"-m", "UTF-8.txt", "-w", "0"}, "antiword"},
	{"catdoc", []string{"-d", "utf-8", "-w"}, "catdoc"},
}

// readDOC reads a Word 97–2003 document through antiword or catdoc, bounded
// by the context's deadline. Without either tool it returns an error naming
// the Debian packages. A ".doc" that is RTF is read by readRTF.
func readDOC(ctx context.Context, data []byte, opt Options) (*Text, error) {
	if bytes.HasPrefix(bytes.TrimLeft(data[:min(len(data), 64)], " \t\r\n\xef\xbb\xbf"), []byte(`{\rtf`)) {
		t, err := readRTF(ctx, data)
		if err != nil {
			return nil, err
		}
		t.Text = wordLegacyLines(t.Text)
		return t, nil
	}
	var tried []string
	for _, tool := range wordTools {
		bin, err := exec.LookPath(tool.name)
		if err != nil {
			continue
		}
		out, err := wordRun(ctx, bin, tool.args, data)
		if err != nil {
			if ctx.Err() != nil {
				return nil, fmt.Errorf("doc: %s: %w", tool.name, ctx.Err())
			}
			tried = append(tried, err.Error())
			continue
		}
		s, enc, derr := Decode(out)
		if derr != nil {
			tried = append(tried, fmt.Sprintf("%s: %v", tool.name, derr))
			continue
		}
		if strings.TrimSpace(s) == "" {
			tried = append(tried, tool.name+": no text")
			continue
		}
		t := &Text{Text: wordLegacyLines(s), Encoding: enc}
		return t, nil
	}
	if len(tried) == 0 {
		return nil, fmt.Errorf("doc: %w: Word 97–2003 needs antiword or catdoc (apt-get install antiword catdoc)", ErrUnsupported)
	}
	return nil, fmt.Errorf("doc: %s", strings.Join(tried, "; "))
}

// wordRun runs one converter on data written to a temporary file.
func wordRun(ctx context.Context, bin string, args []string, data []byte) ([]byte, error) {
	f, err := os.CreateTemp("", "vanban-*.doc")
	if err != nil {
		return nil, fmt.Errorf("doc: temp file: %w", err)
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(data); err != nil {
		f.Close()
		return nil, fmt.Errorf("doc: temp file: %w", err)
	}
	if err := f.Close(); err != nil {
		return nil, fmt.Errorf("doc: temp file: %w", err)
	}
	cmd := exec.CommandContext(ctx, bin, append(append([]string{}, args...), f.Name())...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.Env = append(os.Environ(), "LC_ALL=C.UTF-8")
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if len(msg) > 200 {
			msg = msg[:200]
		}
		var ee *exec.ExitError
		if errors.As(err, &ee) && msg != "" {
			return nil, fmt.Errorf("%s: %s", bin, msg)
		}
		return nil, fmt.Errorf("%s: %w", bin, err)
	}
	return stdout.Bytes(), nil
}

// wordLegacyLines decodes lines a converter left as Windows-1252 code points
// of a legacy font (antiword maps .VnTime text as if it were Latin-1).
func wordLegacyLines(s string) string {
	if !docxHasHigh(s) {
		return s
	}
	lines := strings.Split(s, "\n")
	changed := false
	for i, l := range lines {
		if !docxHasHigh(l) {
			continue
		}
		if dec, _, ok := DecodeLegacyRunes(l); ok {
			lines[i], changed = dec, true
		}
	}
	if !changed {
		return s
	}
	return strings.Join(lines, "\n")
}
