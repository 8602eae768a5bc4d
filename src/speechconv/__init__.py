"""speechconv: Chinese speeches from the web to GB/T 9704 DOCX and PDF."""
__version__ = "0.1.0"
