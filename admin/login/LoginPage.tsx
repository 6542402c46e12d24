import { useState } from 'react';
import { Form, Login, LoginClasses, LocalesMenuButton, TextInput, email, required, useLogin, useNotify, useTranslate } from 'react-admin';
import { Box, Button, CardContent, CircularProgress, Typography } from '@mui/material';
import ShieldIcon from '@mui/icons-material/Shield';

interface Credentials {
  email: string;
  password: string;
}

/** What went wrong, in the user's language: the server's own message is English-only. */
function signInErrorKey(error: unknown): string {
  const status = (error as { status?: number } | undefined)?.status;
  if (status === 401 || status === 400) return 'td.login.wrongCredentials';
  if (status === 429) return 'td.login.tooManyAttempts';
  return 'td.login.failed';
}

function LoginForm() {
  const [loading, setLoading] = useState(false);
  const login = useLogin();
  const notify = useNotify();
  const translate = useTranslate();

  const submit = async (values: Partial<Credentials>) => {
    setLoading(true);
    try {
      await login({ email: values.email?.trim(), password: values.password });
    } catch (error) {
      notify(signInErrorKey(error), { type: 'error' });
    } finally {
      setLoading(false);
    }
  };

  return (
    <Form onSubmit={submit} noValidate>
      <CardContent sx={{ width: 320, pt: 0 }}>
        <Typography variant="h6" align="center">
          {translate('td.login.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" align="center" sx={{ mb: 2 }}>
          {translate('td.login.subtitle')}
        </Typography>
        <TextInput autoFocus source="email" type="email" label="td.login.email" autoComplete="username" validate={[required(), email()]} />
        {/* A plain password field: one control labelled "Password" (PasswordInput adds a "Show password" button). */}
        <TextInput source="password" type="password" label="td.login.password" autoComplete="current-password" validate={required()} />
        <Button variant="contained" type="submit" fullWidth disabled={loading} sx={{ mt: 2 }}>
          {loading ? <CircularProgress size={20} thickness={3} /> : translate('td.login.submit')}
        </Button>
        <Box sx={{ display: 'flex', justifyContent: 'center', mt: 1.5 }}>
          <LocalesMenuButton />
        </Box>
      </CardContent>
    </Form>
  );
}

export function LoginPage() {
  return (
    <Login avatarIcon={<ShieldIcon />} sx={{ [`& .${LoginClasses.icon}`]: { bgcolor: 'primary.main' } }}>
      <LoginForm />
    </Login>
  );
}
