"use client";

import { SessionProvider } from "next-auth/react";
import type { ReactNode } from "react";
import { LearnerStateProvider } from "@/components/learning/learner-state";

export function Providers({ children }: { children: ReactNode }) {
  return (
    <SessionProvider refetchOnWindowFocus>
      <LearnerStateProvider>{children}</LearnerStateProvider>
    </SessionProvider>
  );
}
