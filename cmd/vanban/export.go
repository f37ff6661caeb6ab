package main

import (
	"context"
	"errors"
)

func runExport(ctx context.Context, e *env) error {
	return errors.New("export: not implemented yet")
}
