/**
 * Screens loaded when first opened, so the first download holds only what the first screen needs:
 * the welcome, signing in and Today (App.tsx imports those directly). The service worker keeps every
 * one of these chunks when it installs, so each still opens with no connection.
 */
import { lazy } from 'react';

export const SignUpScreen = lazy(() =>
  import('./screens/SignUpScreen.tsx').then((module) => ({ default: module.SignUpScreen })),
);
export const ForgotPasswordScreen = lazy(() =>
  import('./screens/ForgotPasswordScreen.tsx').then((module) => ({ default: module.ForgotPasswordScreen })),
);
export const ResetPasswordScreen = lazy(() =>
  import('./screens/ResetPasswordScreen.tsx').then((module) => ({ default: module.ResetPasswordScreen })),
);
export const AccountScreen = lazy(() =>
  import('./screens/AccountScreen.tsx').then((module) => ({ default: module.AccountScreen })),
);
export const CatalogueScreen = lazy(() =>
  import('./screens/CatalogueScreen.tsx').then((module) => ({ default: module.CatalogueScreen })),
);
export const ExerciseScreen = lazy(() =>
  import('./screens/ExerciseScreen.tsx').then((module) => ({ default: module.ExerciseScreen })),
);
export const CheckInScreen = lazy(() =>
  import('./screens/CheckInScreen.tsx').then((module) => ({ default: module.CheckInScreen })),
);
// The workout and its summary: asked for right after Today, and kept for use offline.
export const StartWorkoutScreen = lazy(() =>
  import('./screens/workout/StartWorkoutScreen.tsx').then((module) => ({
    default: module.StartWorkoutScreen,
  })),
);
export const WorkoutScreen = lazy(() =>
  import('./screens/workout/WorkoutScreen.tsx').then((module) => ({ default: module.WorkoutScreen })),
);
export const WorkoutSummaryScreen = lazy(() =>
  import('./screens/WorkoutSummaryScreen.tsx').then((module) => ({ default: module.WorkoutSummaryScreen })),
);
export const OnboardingScreen = lazy(() =>
  import('./screens/onboarding/OnboardingScreen.tsx').then((module) => ({
    default: module.OnboardingScreen,
  })),
);
export const PlanScreen = lazy(() =>
  import('./screens/PlanScreen.tsx').then((module) => ({ default: module.PlanScreen })),
);
export const HistoryScreen = lazy(() =>
  import('./screens/HistoryScreen.tsx').then((module) => ({ default: module.HistoryScreen })),
);
export const MembershipScreen = lazy(() =>
  import('./screens/MembershipScreen.tsx').then((module) => ({ default: module.MembershipScreen })),
);
export const SettingsScreen = lazy(() =>
  import('./screens/SettingsScreen.tsx').then((module) => ({ default: module.SettingsScreen })),
);
export const MeasuresScreen = lazy(() =>
  import('./screens/measures/MeasuresScreen.tsx').then((module) => ({ default: module.MeasuresScreen })),
);
export const MeasureScreen = lazy(() =>
  import('./screens/measures/MeasureScreen.tsx').then((module) => ({ default: module.MeasureScreen })),
);
// The progress charts bring uPlot with them: it loads only when one of these two screens opens.
export const ProgressScreen = lazy(() =>
  import('./screens/ProgressScreen.tsx').then((module) => ({ default: module.ProgressScreen })),
);
export const ReportScreen = lazy(() =>
  import('./screens/ReportScreen.tsx').then((module) => ({ default: module.ReportScreen })),
);
// The form check brings TensorFlow.js and the pose model: only ever loaded when opened.
export const FormCheckScreen = lazy(() =>
  import('./screens/form-check/FormCheckScreen.tsx').then((module) => ({
    default: module.FormCheckScreen,
  })),
);
export const SymptomsScreen = lazy(() =>
  import('./screens/SymptomsScreen.tsx').then((module) => ({ default: module.SymptomsScreen })),
);
// The coach's screens: never part of a member's first download.
export const CoachTimeScreen = lazy(() =>
  import('./screens/coach/CoachTimeScreen.tsx').then((module) => ({ default: module.CoachTimeScreen })),
);
export const MemberTimeScreen = lazy(() =>
  import('./screens/coach/MemberTimeScreen.tsx').then((module) => ({ default: module.MemberTimeScreen })),
);
export const CoachPlanScreen = lazy(() =>
  import('./screens/coach/CoachPlanScreen.tsx').then((module) => ({ default: module.CoachPlanScreen })),
);
// The thread between a member and their coach, from either side.
export const MessagesScreen = lazy(() =>
  import('./screens/messages/MessagesScreen.tsx').then((module) => ({ default: module.MessagesScreen })),
);
export const CoachMessagesScreen = lazy(() =>
  import('./screens/messages/CoachMessagesScreen.tsx').then((module) => ({
    default: module.CoachMessagesScreen,
  })),
);
// The coach's screens: never on a member's phone's first download.
export const AlertsScreen = lazy(() =>
  import('./screens/coach/AlertsScreen.tsx').then((module) => ({ default: module.AlertsScreen })),
);
// A coach's view of one member: its tabs mount the member's own screens above, pointed at the member.
export const CoachMemberScreen = lazy(() =>
  import('./screens/coach-member/CoachMemberScreen.tsx').then((module) => ({
    default: module.CoachMemberScreen,
  })),
);
// The coach's screens: never part of a member's download.
export const CaseloadScreen = lazy(() =>
  import('./screens/coach/CaseloadScreen.tsx').then((module) => ({ default: module.CaseloadScreen })),
);
export const EditorArticlesScreen = lazy(() =>
  import('./screens/editor/EditorArticlesScreen.tsx').then((module) => ({
    default: module.EditorArticlesScreen,
  })),
);
export const ArticleEditorScreen = lazy(() =>
  import('./screens/editor/ArticleEditorScreen.tsx').then((module) => ({
    default: module.ArticleEditorScreen,
  })),
);
// The Learn tab: the publication's articles and episodes, and the app's lessons.
export const LearnScreen = lazy(() =>
  import('./screens/learn/LearnScreen.tsx').then((module) => ({ default: module.LearnScreen })),
);
// The podcast's editing screens: for editors only, never part of a member's download.
export const EditorEpisodesScreen = lazy(() =>
  import('./screens/editor/EditorEpisodesScreen.tsx').then((module) => ({
    default: module.EditorEpisodesScreen,
  })),
);
export const EditorEpisodeScreen = lazy(() =>
  import('./screens/editor/EditorEpisodeScreen.tsx').then((module) => ({
    default: module.EditorEpisodeScreen,
  })),
);
export const NotificationsScreen = lazy(() =>
  import('./screens/NotificationsScreen.tsx').then((module) => ({ default: module.NotificationsScreen })),
);
