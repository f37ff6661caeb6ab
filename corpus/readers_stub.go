package corpus

import (
	"context"
	"fmt"
)

// Stubs replaced by the reader work (issues 2 and 3).

func readTXT(ctx context.Context, data []byte, opt Options) (*Text, error) {
	return &Text{Text: string(data), Encoding: "utf-8"}, nil
}

func readMD(ctx context.Context, data []byte, opt Options) (*Text, error) {
	return readTXT(ctx, data, opt)
}

func readHTML(ctx context.Context, data []byte, opt Options) (*Text, error) {
	return nil, fmt.Errorf("html: %w", ErrUnsupported)
}

func readDOCX(ctx context.Context, data []byte, opt Options) (*Text, error) {
	return nil, fmt.Errorf("docx: %w", ErrUnsupported)
}

func readDOC(ctx context.Context, data []byte, opt Options) (*Text, error) {
	return nil, fmt.Errorf("doc: %w", ErrUnsupported)
}

func readPDF(ctx context.Context, data []byte, opt Options) (*Text, error) {
	return nil, fmt.Errorf("pdf: %w", ErrUnsupported)
}

// Normalize returns s in NFC with one tone-mark style, markup stripped and
// broken lines rejoined. It is idempotent.
func Normalize(s string) string { return s }
