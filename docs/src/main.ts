import '@sanding/elements';
