import type { ReactNode } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { LoadFailed } from './components/LoadFailed.tsx';
import { Loading } from './components/Loading.tsx';
import { Page } from './components/Page.tsx';
import { TopBar } from './components/TopBar.tsx';
import { signInPathReturningTo } from './navigation.ts';
import { AccountScreen } from './screens/AccountScreen.tsx';
import { CatalogueScreen } from './screens/CatalogueScreen.tsx';
import { ExerciseScreen } from './screens/ExerciseScreen.tsx';
import { ForgotPasswordScreen } from './screens/ForgotPasswordScreen.tsx';
import { NotFoundScreen } from './screens/NotFoundScreen.tsx';
import { ResetPasswordScreen } from './screens/ResetPasswordScreen.tsx';
import { SignInScreen } from './screens/SignInScreen.tsx';
import { SignUpScreen } from './screens/SignUpScreen.tsx';
import { WelcomeScreen } from './screens/WelcomeScreen.tsx';
import { SessionProvider, useSession } from './session.tsx';

/** Screens for signed-in people only: anyone else signs in first and comes back here after. */
function RequireSignIn({ path, children }: { path: string; children: ReactNode }) {
  const { state, refresh } = useSession();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'unreachable') {
    return (
      <Page title="Cannot connect" heading="We cannot reach Backstrong just now">
        <LoadFailed problem={state.problem} retry={() => void refresh()} />
      </Page>
    );
  }
  if (state.status !== 'signed-in') return <Redirect to={signInPathReturningTo(path)} replace />;
  return <>{children}</>;
}

export function App() {
  return (
    <SessionProvider>
      <TopBar />
      <main id="main" className="main">
        <Switch>
          <Route path="/" component={WelcomeScreen} />
          <Route path="/sign-up" component={SignUpScreen} />
          <Route path="/sign-in" component={SignInScreen} />
          <Route path="/forgot-password" component={ForgotPasswordScreen} />
          <Route path="/reset-password" component={ResetPasswordScreen} />
          <Route path="/exercises" component={CatalogueScreen} />
          <Route path="/exercises/:id">{(params) => <ExerciseScreen key={params.id} id={params.id} />}</Route>
          <Route path="/account">
            <RequireSignIn path="/account">
              <AccountScreen />
            </RequireSignIn>
          </Route>
          <Route component={NotFoundScreen} />
        </Switch>
      </main>
    </SessionProvider>
  );
}
