"use client";

import type { ReactNode } from "react";
import { LearnerStateProvider } from "@/components/learning/learner-state";

export function Providers({ children }: { children: ReactNode }) {
  return <LearnerStateProvider>{children}</LearnerStateProvider>;
}
